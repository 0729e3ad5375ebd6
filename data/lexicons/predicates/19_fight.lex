# CAMEO root 19: FIGHT (use conventional military force).
#
# 190 conventional force (residual; by the codebook also "killings of any
# kind when the weapons used are not specified"), 191 blockade / restrict
# movement, 192 occupy territory, 193 small arms and light weapons
# (rifles, machine guns, grenades, mortars), 194 artillery, tanks, rockets,
# warships, 195 aerial weapons (1951 precision-guided, 1952 drones),
# 196 violate ceasefire.
#
# Noun SOURCE comes from the noun's possessor / modifier / light verb
# ("US strikes", "Israel's offensive", "Iran launched missiles").  A negated
# attack ("did not attack", "denied attacking") is no event here (denials
# are 016 in 01_statement.lex).  Threatened attacks are 13x.

# ---------------------------------------------------------------------------
# 190 Verbs of armed attack
# ---------------------------------------------------------------------------

[verb] attack | strike | raid | ambush | storm | assault | counterattack | counter-attack | kill | wound | injure | maim | slay | shoot down | down | sink | torpedo
  # Weapon-specific variants first (more specific templates).
  194  * TARGET with $HEAVY_WEAPONS        # "attacked Israel with rockets"
  193  * TARGET with $SMALL_ARMS           # "attacked the convoy with rifles"
  195  * TARGET with $AIRCRAFT             # "struck Gaza with warplanes"
  1952 * TARGET with $DRONES               # "hit the base with drones"
  1951 * TARGET with $PRECISION_MUNITIONS
  195  * TARGET from air                 # "attacked the convoy from the air"
  195  $AIRCRAFT * TARGET                  # "Israeli jets struck Gaza"
  1952 $DRONES * TARGET                    # "a US drone struck a car"
  194  $HEAVY_WEAPONS * TARGET             # "Russian artillery pounded Kharkiv"
  190  * TARGET                            # "US forces attacked the militia"

[verb] attack | strike | raid | pound | retaliate | hit | hit back | strike back
  190  * against TARGET                    # "retaliated against Israel"
  190  * at TARGET                         # "struck at rebel positions"
  190  * on TARGET ; conf=0.8

[verb] kill | wound | injure | maim | slay | shoot down | down | sink
  # kill/wound: 190 by the codebook unless the weapon is specified.
  190  * TARGET in $ATTACK                  # "killed three soldiers in an attack"

[verb] hit | target | engage | ram
  # Ambiguous verbs ("sanctions hit Russia", "targeted by sanctions"):
  # lower confidence.
  190  * TARGET ; conf=0.6

[verb] clash | fight | battle | skirmish | spar | duel | tussle | exchange blows | trade blows | lock horns | come to blows | wage war | make war | go to war | fight back
  190  * with TARGET ; recip                # "Indian and Pakistani troops clashed"
  190  * against TARGET                    # "fought against the Taliban"
  190  * TARGET ; recip                     # "battled Islamic State fighters"

[verb] wage | launch | start | unleash | conduct | step up | intensify | escalate | expand | resume | renew | continue | widen
  190  * war on TARGET                      # "waged war on the rebels"
  190  * war against TARGET
  190  * war with TARGET ; recip

[verb] exchange | trade
  193  * fire with TARGET ; recip           # "exchanged fire with the rebels"
  193  * gunfire with TARGET ; recip
  193  * shot with TARGET ; recip

[verb] repel | repulse | beat back | fend off | fight off | push back | drive back | crush | annihilate | wipe out | destroy | neutralize | neutralise | eliminate | decimate | vanquish
  # Battlefield outcomes against an armed adversary.
  190  * TARGET ; conf=0.8                # "the army repelled the militants"

[verb] bomb | blitz | carpet-bomb | carpet bomb | strafe | dive-bomb
  195  * TARGET ; conf=0.8                # "US planes bombed positions" (aerial by default)
  195  $AIRCRAFT * TARGET
  195  * TARGET from air

[verb] shell | bombard | rocket | pound
  194  * TARGET                            # "Russian forces shelled Kharkiv"
  194  * TARGET with _

[verb] fire | launch | lob | rain | unleash | shoot
  194  * $HEAVY_WEAPONS at TARGET           # "Hezbollah fired rockets at Israel"
  194  * $HEAVY_WEAPONS into TARGET         # "fired rockets into Israel"
  194  * $HEAVY_WEAPONS on TARGET
  194  * $HEAVY_WEAPONS toward TARGET
  194  * $HEAVY_WEAPONS towards TARGET
  194  * $HEAVY_WEAPONS against TARGET
  1952 * $DRONES at TARGET                  # "Iran launched drones at Israel"
  1952 * $DRONES into TARGET
  1952 * $DRONES against TARGET
  1952 * $DRONES toward TARGET
  193  * $SMALL_ARMS at TARGET              # "fired shots at the patrol"
  193  * $SMALL_ARMS into TARGET
  193  * $SMALL_ARMS on TARGET
  193  * $SHOTS at TARGET

[verb] fire
  190  * at TARGET ; conf=0.8              # "soldiers fired at the crowd"
  190  * on TARGET ; conf=0.8              # "troops fired on the convoy"

[verb] open fire | return fire
  193  * on TARGET                         # "soldiers opened fire on protesters"
  193  * at TARGET
  193  * against TARGET

[verb] shoot | gun down | shoot dead | pick off | machine-gun | machinegun | mow down
  193  * TARGET                            # "soldiers shot two men"
  193  * at TARGET

[verb] mortar
  193  * TARGET

# ---------------------------------------------------------------------------
# 190-195 Nouns of armed attack
# ---------------------------------------------------------------------------

[noun] attack | assault | strike | military strike | offensive | counteroffensive | counter-offensive | counterattack | counter-attack | raid | incursion | onslaught | military operation | ground operation | ground offensive | military action | military campaign | ground assault | ground attack | cross-border attack | cross-border raid | punitive expedition | punitive strike | preemptive strike | pre-emptive strike | retaliatory strike | reprisal | retaliation | armed attack | military attack | sortie | foray | blitz | blitzkrieg | offensive operation | hostilities | ambush
  190  SOURCE * on TARGET                 # seed: "a series of US strikes on resistance groups"
  190  * on TARGET by SOURCE
  190  SOURCE * against TARGET
  190  * against TARGET by SOURCE
  190  SOURCE * into TARGET               # "Turkish incursions into Iraq"
  190  SOURCE * in TARGET ; conf=0.6      # "US strikes in Iraq"
  190  SOURCE * targeting TARGET
  190  SOURCE * target TARGET
  190  SOURCE * at TARGET ; conf=0.7
  190  SOURCE * of TARGET ; conf=0.7      # "the Israeli bombardment of Gaza" style
  190  * of TARGET by SOURCE ; conf=0.7

[noun] war
  # "war on / against X" only: a bare "war" or "Israel's war in Gaza" is not
  # a dated event.
  190  SOURCE * on TARGET
  190  * on TARGET by SOURCE
  190  SOURCE * against TARGET
  190  * against TARGET by SOURCE

[noun] fighting | clash | battle | combat | skirmish | engagement | confrontation | fight | armed clash | border clash | street fighting | heavy fighting
  190  SOURCE * with TARGET ; recip       # "clashes between Indian troops and ..."
  190  SOURCE * against TARGET
  190  * against TARGET by SOURCE

[noun] killing | slaying | wounding
  # "the killing of civilians by Israeli forces": SOURCE is the agent
  # (by-phrase of the noun); without an agent there is no event.
  190  SOURCE * of TARGET
  190  * of TARGET by SOURCE

[noun] shooting | gunfire | gunshot | gunfight | gun battle | gunbattle | shootout | shoot-out | sniper fire | sniper attack | machine-gun fire | small-arms fire | mortar attack | mortar fire | mortar strike | mortar shelling | grenade attack | live fire | volley
  193  SOURCE * on TARGET
  193  * on TARGET by SOURCE
  193  SOURCE * at TARGET
  193  SOURCE * against TARGET
  193  * against TARGET by SOURCE
  193  SOURCE * of TARGET ; conf=0.8
  193  * of TARGET by SOURCE ; conf=0.8
  193  SOURCE * with TARGET ; recip      # "a gunfight with police"
  193  SOURCE * targeting TARGET

[noun] shelling | bombardment | artillery fire | artillery strike | artillery attack | artillery barrage | artillery bombardment | rocket attack | rocket fire | rocket strike | rocket barrage | missile attack | missile strike | missile barrage | ballistic missile attack | cruise missile strike | cruise missile attack | barrage | tank fire | tank assault | naval bombardment | naval attack | cannon fire | shellfire | katyusha attack | salvo
  194  SOURCE * on TARGET                 # "Israeli shelling of southern Lebanon"
  194  * on TARGET by SOURCE
  194  SOURCE * against TARGET
  194  * against TARGET by SOURCE
  194  SOURCE * of TARGET
  194  * of TARGET by SOURCE
  194  SOURCE * into TARGET
  194  SOURCE * at TARGET
  194  SOURCE * targeting TARGET
  194  SOURCE * in TARGET ; conf=0.6

[noun] airstrike | air strike | air-strike | air raid | air attack | aerial attack | aerial bombardment | aerial bombing | aerial assault | bombing raid | bombing run | bombing campaign | air campaign | air war | carpet bombing | strafing | helicopter attack | gunship attack | warplane attack | jet attack | aerial strike | air operation | air offensive | air bombardment | bomber attack
  195  SOURCE * on TARGET                 # "Israeli airstrikes on Gaza"
  195  * on TARGET by SOURCE
  195  SOURCE * against TARGET
  195  * against TARGET by SOURCE
  195  SOURCE * of TARGET
  195  * of TARGET by SOURCE
  195  SOURCE * in TARGET ; conf=0.6
  195  SOURCE * targeting TARGET
  195  SOURCE * at TARGET ; conf=0.7

[noun] precision strike | guided missile strike | smart bomb attack | surgical strike | laser-guided strike | precision-guided strike | targeted strike
  1951 SOURCE * on TARGET
  1951 * on TARGET by SOURCE
  1951 SOURCE * against TARGET
  1951 * against TARGET by SOURCE
  1951 SOURCE * in TARGET ; conf=0.6

[noun] drone strike | drone attack | drone raid | uav strike | drone bombing | kamikaze drone attack | drone assault | unmanned strike
  1952 SOURCE * on TARGET                 # "a US drone strike on a militia leader"
  1952 * on TARGET by SOURCE
  1952 SOURCE * against TARGET
  1952 * against TARGET by SOURCE
  1952 SOURCE * targeting TARGET
  1952 SOURCE * in TARGET ; conf=0.6
  1952 SOURCE * at TARGET ; conf=0.7

# ---------------------------------------------------------------------------
# 191 Blockade, restrict movement
# ---------------------------------------------------------------------------

[verb] blockade | besiege | encircle | surround | cordon off | seal off | lay siege | cut off | hem in | bottle up | choke off | close off | lock down
  191  * TARGET                            # "the army besieged the city"
  191  * to TARGET ; conf=0.8             # "laid siege to Mariupol"

[verb] impose | enforce | tighten | maintain | declare | establish | extend
  191  * $BLOCKADE on TARGET               # "imposed a blockade on Qatar"
  191  * $BLOCKADE against TARGET
  191  * $BLOCKADE of TARGET
  191  * $BLOCKADE around TARGET
  191  * zone over TARGET
  191  * naval blockade

[noun] blockade | siege | encirclement | naval blockade | embargo by sea | cordon | military cordon | military siege | military blockade | sea blockade | total siege | complete siege
  191  SOURCE * of TARGET                 # "Israel's blockade of Gaza"
  191  * of TARGET by SOURCE
  191  SOURCE * on TARGET
  191  * on TARGET by SOURCE
  191  SOURCE * against TARGET
  191  * against TARGET by SOURCE
  191  SOURCE * around TARGET

[verb] close | shut | seal | block
  # Closing crossings / borders / airspace against someone with force.
  191  * $CROSSING to TARGET ; conf=0.8    # "closed the border to Gaza"
  191  * $CROSSING with TARGET ; conf=0.8  # "sealed its border with Syria"
  191  * $CROSSING for TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 192 Occupy territory
# ---------------------------------------------------------------------------

[verb] occupy | annex | seize | capture | take | take over | take control of | overrun | conquer | invade | retake | recapture | reoccupy | re-occupy | grab | march into | roll into | enter | move into | push into | advance on | advance into
  192  * $TERRITORY of TARGET               # "captured the town of Bakhmut"
  192  * $TERRITORY from TARGET             # "seized territory from the rebels"
  192  * $TERRITORY                          # "occupied the border area"
  192  * control of TARGET                  # "took control of the city"
  192  * control of $TERRITORY

[verb] occupy | annex | invade | overrun | conquer | reoccupy | re-occupy | retake | recapture | march into | roll into | advance into | push into
  192  * TARGET                             # "Russia annexed Crimea", "invaded Ukraine"

[noun] occupation | annexation | invasion | seizure | takeover | take-over | conquest | land grab | reoccupation | military occupation
  192  SOURCE * of TARGET                  # "Russia's annexation of Crimea"
  192  * of TARGET by SOURCE
  192  SOURCE * of $TERRITORY

[noun] capture
  192  SOURCE * of $TERRITORY             # "the rebels' capture of the town"

# ---------------------------------------------------------------------------
# 196 Violate ceasefire
# ---------------------------------------------------------------------------

[verb] violate | breach | break | flout | shatter | wreck | rupture | abandon
  196  * $CEASEFIRE                          # "Israel violated the ceasefire"
  196  * $CEASEFIRE with TARGET              # "broke the truce with Hamas"
  196  * $CEASEFIRE TARGET ; conf=0.8        # "breached Hamas's truce"

[noun] violation | breach | infringement | infraction | ceasefire violation | truce violation | ceasefire breach | truce breach
  196  SOURCE * of $CEASEFIRE              # "Israeli violations of the ceasefire"
  196  SOURCE * of $CEASEFIRE with TARGET

[noun] ceasefire violation | truce violation | ceasefire breach | truce breach
  196  SOURCE * against TARGET            # "ceasefire violations against Armenian positions"
  196  * against TARGET by SOURCE
