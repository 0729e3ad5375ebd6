# CAMEO root 15: EXHIBIT FORCE POSTURE.
#
# 150 demonstrate military or police power (residual: shows of force,
# exercises aimed at an adversary, weapons tests, airspace incursions),
# 151 increase police alert status, 152 increase military alert status,
# 153 mobilize or increase police power, 154 mobilize or increase armed
# forces, 155 mobilize or increase cyber forces.
#
# The target is the party against whom the move is directed ("massed
# troops on the border with Ukraine", "drills near Taiwan").  Joint
# exercises WITH a partner are security cooperation (062, 06_material.lex):
# no "with TARGET" pattern here.  Deployments of peacekeepers are not coded
# here.

# ---------------------------------------------------------------------------
# 150 Demonstrate military power
# ---------------------------------------------------------------------------

[noun] show of force | show of strength | display of force | display of military might | display of power | muscle-flexing | flexing of muscle | military posturing | posturing | military demonstration | wargame | war game | military exercise | military drill | drill | exercise | maneuver | manoeuvre | live-fire exercise | live-fire drill | naval exercise | naval drill | air exercise | military parade | flyover | fly-by | flyby | patrol | naval patrol | freedom of navigation operation | freedom-of-navigation operation | airspace violation | airspace incursion | air incursion
  150  SOURCE * against TARGET                # "a show of force against Pyongyang"
  150  SOURCE * near TARGET                   # "Chinese drills near Taiwan"
  150  SOURCE * around TARGET                 # "war games around Taiwan"
  150  SOURCE * off TARGET                    # "exercises off the coast of Taiwan"
  150  SOURCE * off coast of TARGET
  150  SOURCE * aimed at TARGET
  150  SOURCE * directed at TARGET
  150  SOURCE * close to TARGET ; conf=0.8
  150  SOURCE * along border with TARGET
  150  SOURCE * on border with TARGET
  150  SOURCE * near border with TARGET
  150  SOURCE * in airspace of TARGET        # "an incursion into Estonia's airspace"
  150  SOURCE * into airspace of TARGET
  150  SOURCE * into airspace TARGET        # "an incursion into Estonia's airspace"
  150  SOURCE * over TARGET ; conf=0.7        # "a flyover over Seoul"
  150  SOURCE * in response to TARGET ; conf=0.7

[verb] flex | show | display | demonstrate | parade | brandish | project
  150  * muscle at TARGET                    # "flexed its military muscle at Taipei"
  150  * muscle against TARGET
  150  * muscle
  150  * $MIGHT to TARGET                    # "displayed its might to the West"
  150  * $MIGHT against TARGET
  150  * $MIGHT ; conf=0.8                   # "paraded its military might"
  150  * force against TARGET
  150  * force ; conf=0.8

[verb] test | test-fire | test fire | detonate | conduct | carry out
  150  * $WEAPON_TEST ; conf=0.8             # "conducted a nuclear test"
  150  * $WEAPON_TEST near TARGET

[verb] fire | launch
  # A launch without a target is a test or a show of force only when it
  # lands in the sea / flies over someone (an attack is 194, 19_fight.lex).
  150  * $HEAVY_WEAPONS into sea ; conf=0.8   # "fired a ballistic missile into the sea"
  150  * $HEAVY_WEAPONS over TARGET            # "launched a missile over Japan"
  150  * $WEAPON_TEST ; conf=0.7              # "launched an ICBM"
  150  * $WEAPON_TEST toward TARGET
  150  * $WEAPON_TEST towards TARGET
  150  * $WEAPON_TEST over TARGET            # "fired a missile over Japan"
  150  * $WEAPON_TEST near TARGET
  150  * $WEAPON_TEST into sea ; conf=0.8    # "launched missiles into the sea"

[verb] test-fire | test fire
  150  * $HEAVY_WEAPONS ; conf=0.8           # "test-fired cruise missiles"
  150  * $HEAVY_WEAPONS near TARGET

[noun] missile test | nuclear test | weapons test | test launch | test-firing | test firing | missile launch | ballistic missile launch | rocket launch | satellite launch | hypersonic test | icbm test
  150  SOURCE * near TARGET
  150  SOURCE * over TARGET
  150  SOURCE * toward TARGET
  150  SOURCE * towards TARGET
  150  SOURCE * against TARGET

[verb] violate | breach | intrude into | enter | penetrate | encroach on | stray into | cross into
  150  * airspace of TARGET                  # "Russian jets violated the airspace of Estonia"
  150  * airspace TARGET
  150  * $WATERS of TARGET
  150  * $WATERS TARGET

[verb] buzz | shadow | tail | harass | intercept | menace | lock on
  # Aircraft or ships harassing another's: "Chinese jets buzzed a US destroyer".
  150  $AIRCRAFT * TARGET
  150  $WARSHIPS * TARGET

[verb] sail | fly | steam | fly over
  150  * $WARSHIPS through _ ; conf=0.8      # "sailed a destroyer through the Taiwan Strait"
  150  * $WARSHIPS near TARGET                # "sent warships near Iran"
  150  * $WARSHIPS to TARGET ; conf=0.7
  150  * $WARSHIPS off TARGET
  150  * $BOMBERS over TARGET                 # "flew B-52 bombers over the peninsula"
  150  * $BOMBERS near TARGET

# ---------------------------------------------------------------------------
# 151-152 Alert status
# ---------------------------------------------------------------------------

[verb] put | place | raise | order | bring
  151  * $POLICE on alert                     # "put police on high alert"
  151  * $POLICE on $ALERT
  152  * $TROOPS on alert                     # "placed its forces on high alert"
  152  * $TROOPS on $ALERT
  152  * $TROOPS on footing                 # "put the army on a war footing"
  152  * $TROOPS to $ALERT
  152  * $TROOPS on standby
  152  * $NUCLEAR_FORCES on alert             # "put nuclear forces on alert"
  152  * $NUCLEAR_FORCES on $ALERT

[verb] raise | increase | heighten | elevate | step up | upgrade | boost
  152  * $ALERT                               # "raised its alert level", "heightened combat readiness"
  152  * $ALERT of $TROOPS
  152  * $ALERT against TARGET

[verb] tighten | beef up | bolster | reinforce | strengthen | increase | step up | heighten
  151  * security around TARGET ; conf=0.8   # "tightened security around the embassy"
  151  * security in _ ; conf=0.7             # "beefed up security in the capital"
  151  * $SECURITY_MEASURES ; conf=0.8

[verb] go | move
  152  * on alert ; conf=0.8                   # "the army went on high alert"
  152  * on $ALERT ; conf=0.8
  152  * on footing ; conf=0.8               # "went on a war footing"
  152  * to $ALERT ; conf=0.8                # "moved to a higher alert level"
  152  * on alert in TARGET ; conf=0.8        # "went on alert in the West Bank"
  152  * on $ALERT in TARGET ; conf=0.8

[verb] remain | stay
  152  * on alert in TARGET ; conf=0.8        # "Israeli troops remained on alert in the occupied West Bank"
  152  * on $ALERT in TARGET ; conf=0.8

[noun] alert | high alert | maximum alert | state of alert | combat readiness | war footing | heightened alert | full alert | combat alert | state of readiness | readiness
  152  SOURCE * against TARGET
  152  SOURCE * over TARGET ; conf=0.7

[verb] declare | announce | order | issue
  152  * $ALERT ; conf=0.8                   # "declared a state of maximum alert"
  152  * $ALERT against TARGET

# ---------------------------------------------------------------------------
# 153 Mobilize or increase police power
# ---------------------------------------------------------------------------

[verb] deploy | send | dispatch | mobilize | mobilise | station | post | position | bring in | rush | pour | flood | mass | call in | draft in | reinforce
  153  * $POLICE                             # "deployed thousands of riot police"
  153  * $POLICE to _
  153  * $POLICE in _
  153  * $POLICE around TARGET
  153  * $POLICE against TARGET
  153  * $POLICE outside TARGET ; conf=0.8

[noun] police deployment | deployment of police | police presence | police buildup | police mobilization | police mobilisation | heavy police presence | security deployment | security presence | police reinforcement
  153  SOURCE * against TARGET
  153  SOURCE * around TARGET
  153  SOURCE * near TARGET

# ---------------------------------------------------------------------------
# 154 Mobilize or increase armed forces
# ---------------------------------------------------------------------------

[verb] deploy | send | dispatch | mobilize | mobilise | mass | amass | station | position | move | redeploy | rush | pour | concentrate | gather | assemble | build up | beef up | bolster | reinforce | strengthen | boost | increase | double | triple | expand | pre-position | preposition | forward-deploy
  154  * $TROOPS to border with TARGET         # "moved troops to the border with Ukraine"
  154  * $TROOPS along border with TARGET
  154  * $TROOPS on border with TARGET         # "massed troops on the border with Ukraine"
  154  * $TROOPS near border with TARGET
  154  * $TROOPS at border with TARGET
  154  * $TROOPS near TARGET                   # "deployed troops near Taiwan"
  154  * $TROOPS against TARGET                # "mobilized its army against the rebels"
  154  * $TROOPS toward TARGET
  154  * $TROOPS towards TARGET
  154  * $TROOPS along TARGET ; conf=0.7
  154  * $TROOPS on TARGET ; conf=0.7
  154  * $TROOPS off TARGET                    # "deployed warships off Lebanon"
  154  * $TROOPS into TARGET ; conf=0.8       # "moved troops into Crimea"
  154  * $TROOPS on border TARGET             # "massed troops on Ukraine's border"
  154  * $TROOPS along border TARGET
  154  * $TROOPS near border TARGET
  154  * $TROOPS to border TARGET
  154  * $MILITARY_ASSETS to border with TARGET
  154  * $MILITARY_ASSETS near TARGET          # "moved tanks near the border"
  154  * $MILITARY_ASSETS against TARGET
  154  * $MILITARY_ASSETS toward TARGET
  154  * $MILITARY_ASSETS off TARGET
  154  * $MILITARY_ASSETS to TARGET ; conf=0.6
  154  * $TROOPS to TARGET ; conf=0.6         # "sent troops to the region" (may be aid: low)
  154  * $TROOPS ; conf=0.5

[verb] call up | mobilize | mobilise | conscript | draft | recruit | enlist | activate
  154  * $RESERVISTS                          # "Israel called up 300,000 reservists"
  154  * $RESERVISTS against TARGET
  154  * $RESERVISTS for _ ; conf=0.8

[verb] mobilize | mobilise
  154  * against TARGET                        # "Armenia mobilized against Azerbaijan"

[verb] declare | announce | order | proclaim
  154  * $MOBILIZATION                         # "declared a general mobilization"
  154  * $MOBILIZATION against TARGET

[noun] mobilization | mobilisation | general mobilization | partial mobilization | military buildup | military build-up | buildup | build-up | troop buildup | troop build-up | troop deployment | deployment | redeployment | troop surge | surge | troop movement | troop concentration | massing of troop | call-up | reinforcement | military reinforcement | militarization | militarisation | arms buildup | military deployment | naval deployment | naval buildup | forward deployment
  154  SOURCE * near TARGET                    # "the Russian buildup near Ukraine"
  154  SOURCE * on border with TARGET
  154  SOURCE * along border with TARGET
  154  SOURCE * near border with TARGET
  154  SOURCE * at border with TARGET
  154  SOURCE * against TARGET
  154  SOURCE * around TARGET
  154  SOURCE * toward TARGET
  154  SOURCE * towards TARGET
  154  SOURCE * off TARGET
  154  SOURCE * into TARGET ; conf=0.8
  154  SOURCE * on border TARGET

[verb] militarize | militarise | fortify
  154  * $TERRITORY ; conf=0.7                 # "militarized the islands"
  154  * $CROSSING ; conf=0.7                  # "fortified the border"
  154  * $TERRITORY against TARGET

[verb] increase | boost | raise | hike | double | expand | ramp up | step up
  154  * $DEFENSE_SPENDING ; conf=0.6           # "doubled its defence budget"
  154  * $DEFENSE_SPENDING against TARGET

# ---------------------------------------------------------------------------
# 155 Mobilize or increase cyber forces
# ---------------------------------------------------------------------------

[verb] mobilize | mobilise | deploy | expand | strengthen | build up | establish | create | set up | boost | bolster | activate | recruit | assemble | train
  155  * $CYBER_FORCES against TARGET          # "set up a cyber army against Israel"
  155  * $CYBER_FORCES to counter TARGET
  155  * $CYBER_FORCES ; conf=0.6

[noun] cyber buildup | cyber build-up | cyber mobilization | cyber mobilisation | cyber army | cyber force | cyber command | cyber unit | cyber militia | hacker army
  155  SOURCE * against TARGET
  155  SOURCE * targeting TARGET
