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
  194  * TARGET with $HEAVY_WEAPONS ; modal=1384        # "attacked Israel with rockets"
  193  * TARGET with $SMALL_ARMS ; modal=1384           # "attacked the convoy with rifles"
  195  * TARGET with $AIRCRAFT ; modal=1384             # "struck Gaza with warplanes"
  1952 * TARGET with $DRONES ; modal=1384               # "hit the base with drones"
  1951 * TARGET with $PRECISION_MUNITIONS ; modal=1384
  195  * TARGET from air ; modal=1384                 # "attacked the convoy from the air"
  195  $AIRCRAFT * TARGET ; modal=1384                  # "Israeli jets struck Gaza"
  1952 $DRONES * TARGET ; modal=1384                    # "a US drone struck a car"
  194  $HEAVY_WEAPONS * TARGET ; modal=1384             # "Russian artillery pounded Kharkiv"
  190  * TARGET ; modal=138                            # "US forces attacked the militia"

[verb] attack | strike | raid | pound | retaliate | hit | hit back | strike back
  190  * against TARGET ; modal=138                    # "retaliated against Israel"
  190  * at TARGET ; modal=138                         # "struck at rebel positions"
  190  * on TARGET ; conf=0.8 modal=138

[verb] kill | wound | injure | maim | slay | shoot down | down | sink
  # kill/wound: 190 by the codebook unless the weapon is specified.
  183  * TARGET in $BOMBING ; modal=1383               # "wounded two soldiers in a bomb attack"

[verb] kill | slay | shoot dead | gun down
  186  * $LEADER of TARGET ; modal=1383                 # "killed the deputy chief of Israel's militia ally"
  186  * $LEADER TARGET ; modal=1383                    # "killed Hamas's leader"

[verb] kill | wound | injure | maim | slay | shoot down | down | sink
  190  * TARGET in $ATTACK ; modal=138                  # "killed three soldiers in an attack"

[verb] hit | target | engage | ram
  # Ambiguous verbs ("sanctions hit Russia", "targeted by sanctions"):
  # lower confidence.
  190  * TARGET ; conf=0.6 modal=138

[verb] clash | fight | battle | skirmish | spar | duel | tussle | exchange blows | trade blows | lock horns | come to blows | wage war | make war | go to war | fight back
  190  * with TARGET ; recip modal=138                # "Indian and Pakistani troops clashed"
  190  * against TARGET ; modal=138                    # "fought against the Taliban"
  190  * TARGET ; recip modal=138                     # "battled Islamic State fighters"

[verb] battle | skirmish | come to blows | exchange blows | trade blows
  # With neither object nor "with" phrase, between the members of a compound
  # subject ("Vietnamese and Kampuchean forces were battling"); not "clash"
  # (also a quarrel: "Erdogan and Putin clashed in public") nor "fight"
  # ("fought alongside").
  190  * ; recip modal=138

[verb] wage | launch | start | unleash | conduct | step up | intensify | escalate | expand | resume | renew | continue | widen
  190  * war on TARGET ; modal=138                      # "waged war on the rebels"
  190  * war against TARGET ; modal=138
  190  * war with TARGET ; recip modal=138

[verb] exchange | trade
  193  * fire with TARGET ; recip modal=1384           # "exchanged fire with the rebels"
  193  * gunfire with TARGET ; recip modal=1384
  193  * shot with TARGET ; recip modal=1384

[verb] repel | repulse | beat back | fend off | fight off | push back | drive back | crush | annihilate | wipe out | destroy | neutralize | neutralise | eliminate | decimate | vanquish
  # Battlefield outcomes against an armed adversary.
  190  * TARGET ; conf=0.8 modal=138                # "the army repelled the militants"

[verb] bomb | blitz | carpet-bomb | carpet bomb | strafe | dive-bomb
  195  * TARGET ; conf=0.8 modal=1384                # "US planes bombed positions" (aerial by default)
  195  $AIRCRAFT * TARGET ; modal=1384
  195  * TARGET from air ; modal=1384

[verb] shell | bombard | rocket | pound
  194  * TARGET ; modal=1384                            # "Russian forces shelled Kharkiv"
  194  * TARGET with _ ; modal=1384

[verb] fire | launch | lob | rain | unleash | shoot
  194  * $HEAVY_WEAPONS at TARGET ; modal=1384           # "Hezbollah fired rockets at Israel"
  194  * $HEAVY_WEAPONS into TARGET ; modal=1384         # "fired rockets into Israel"
  194  * $HEAVY_WEAPONS on TARGET ; modal=1384
  194  * $HEAVY_WEAPONS toward TARGET ; modal=1384
  194  * $HEAVY_WEAPONS towards TARGET ; modal=1384
  194  * $HEAVY_WEAPONS against TARGET ; modal=1384
  1952 * $DRONES at TARGET ; modal=1384                  # "Iran launched drones at Israel"
  1952 * $DRONES into TARGET ; modal=1384
  1952 * $DRONES against TARGET ; modal=1384
  1952 * $DRONES toward TARGET ; modal=1384
  193  * $SMALL_ARMS at TARGET ; modal=1384              # "fired shots at the patrol"
  193  * $SMALL_ARMS into TARGET ; modal=1384
  193  * $SMALL_ARMS on TARGET ; modal=1384
  193  * $SHOTS at TARGET ; modal=1384

[verb] fire
  190  * at TARGET ; conf=0.8 modal=138              # "soldiers fired at the crowd"
  190  * on TARGET ; conf=0.8 modal=138              # "troops fired on the convoy"

[verb] open fire | return fire
  193  * on TARGET ; modal=1384                         # "soldiers opened fire on protesters"
  193  * at TARGET ; modal=1384
  193  * against TARGET ; modal=1384

[verb] shoot | gun down | shoot dead | pick off | machine-gun | machinegun | mow down
  193  * TARGET ; modal=1384                            # "soldiers shot two men"
  193  * at TARGET ; modal=1384

[verb] mortar
  193  * TARGET ; modal=1384

# ---------------------------------------------------------------------------
# 190-195 Nouns of armed attack
# ---------------------------------------------------------------------------

[noun] attack | assault | strike | military strike | offensive | counteroffensive | counter-offensive | counterattack | counter-attack | raid | incursion | onslaught | military operation | ground operation | ground offensive | military action | military campaign | ground assault | ground attack | cross-border attack | cross-border raid | punitive expedition | punitive strike | preemptive strike | pre-emptive strike | retaliatory strike | reprisal | retaliation | armed attack | military attack | sortie | foray | blitz | blitzkrieg | offensive operation | hostilities | ambush
  190  SOURCE * on TARGET ; modal=138                 # seed: "a series of US strikes on resistance groups"
  190  * on TARGET by SOURCE ; modal=138
  190  SOURCE * against TARGET ; modal=138
  190  * against TARGET by SOURCE ; modal=138
  190  SOURCE * into TARGET ; modal=138               # "Turkish incursions into Iraq"
  190  SOURCE * in TARGET ; conf=0.6 modal=138      # "US strikes in Iraq"
  190  SOURCE * targeting TARGET ; modal=138
  190  SOURCE * target TARGET ; modal=138
  190  SOURCE * at TARGET ; conf=0.7 modal=138
  190  SOURCE * of TARGET ; conf=0.7 modal=138      # "the Israeli bombardment of Gaza" style
  190  * of TARGET by SOURCE ; conf=0.7 modal=138

[noun] war
  # "war on / against X" only: a bare "war" or "Israel's war in Gaza" is not
  # a dated event.
  190  SOURCE * on TARGET ; modal=138
  190  * on TARGET by SOURCE ; modal=138
  190  SOURCE * against TARGET ; modal=138
  190  * against TARGET by SOURCE ; modal=138

[noun] fighting | clash | battle | combat | skirmish | engagement | confrontation | fight | armed clash | border clash | street fighting | heavy fighting
  190  SOURCE * with TARGET ; recip modal=138       # "clashes between Indian troops and ..."
  190  SOURCE * against TARGET ; modal=138
  190  * against TARGET by SOURCE ; modal=138

[noun] killing | slaying | wounding
  # "the killing of civilians by Israeli forces": SOURCE is the agent
  # (by-phrase of the noun); without an agent there is no event.
  190  SOURCE * of TARGET ; modal=138
  190  * of TARGET by SOURCE ; modal=138

[noun] shooting | gunfire | gunshot | gunfight | gun battle | gunbattle | shootout | shoot-out | sniper fire | sniper attack | machine-gun fire | small-arms fire | mortar attack | mortar fire | mortar strike | mortar shelling | grenade attack | live fire | volley
  193  SOURCE * on TARGET ; modal=1384
  193  * on TARGET by SOURCE ; modal=1384
  193  SOURCE * at TARGET ; modal=1384
  193  SOURCE * against TARGET ; modal=1384
  193  * against TARGET by SOURCE ; modal=1384
  193  SOURCE * of TARGET ; conf=0.8 modal=1384
  193  * of TARGET by SOURCE ; conf=0.8 modal=1384
  193  SOURCE * with TARGET ; recip modal=1384      # "a gunfight with police"
  193  SOURCE * targeting TARGET ; modal=1384

[noun] shelling | bombardment | artillery fire | artillery strike | artillery attack | artillery barrage | artillery bombardment | rocket attack | rocket fire | rocket strike | rocket barrage | missile attack | missile strike | missile barrage | ballistic missile attack | cruise missile strike | cruise missile attack | barrage | tank fire | tank assault | naval bombardment | naval attack | cannon fire | shellfire | katyusha attack | salvo
  194  SOURCE * on TARGET ; modal=1384                 # "Israeli shelling of southern Lebanon"
  194  * on TARGET by SOURCE ; modal=1384
  194  SOURCE * against TARGET ; modal=1384
  194  * against TARGET by SOURCE ; modal=1384
  194  SOURCE * of TARGET ; modal=1384
  194  * of TARGET by SOURCE ; modal=1384
  194  SOURCE * into TARGET ; modal=1384
  194  SOURCE * at TARGET ; modal=1384
  194  SOURCE * targeting TARGET ; modal=1384
  194  SOURCE * in TARGET ; conf=0.6 modal=1384

[noun] airstrike | air strike | air-strike | air raid | air attack | aerial attack | aerial bombardment | aerial bombing | aerial assault | bombing raid | bombing run | bombing campaign | air campaign | air war | carpet bombing | strafing | helicopter attack | gunship attack | warplane attack | jet attack | aerial strike | air operation | air offensive | air bombardment | bomber attack
  195  SOURCE * on TARGET ; modal=1384                 # "Israeli airstrikes on Gaza"
  195  * on TARGET by SOURCE ; modal=1384
  195  SOURCE * against TARGET ; modal=1384
  195  * against TARGET by SOURCE ; modal=1384
  195  SOURCE * of TARGET ; modal=1384
  195  * of TARGET by SOURCE ; modal=1384
  195  SOURCE * in TARGET ; conf=0.6 modal=1384
  195  SOURCE * targeting TARGET ; modal=1384
  195  SOURCE * at TARGET ; conf=0.7 modal=1384

[noun] precision strike | guided missile strike | smart bomb attack | surgical strike | laser-guided strike | precision-guided strike | targeted strike
  1951 SOURCE * on TARGET ; modal=1384
  1951 * on TARGET by SOURCE ; modal=1384
  1951 SOURCE * against TARGET ; modal=1384
  1951 * against TARGET by SOURCE ; modal=1384
  1951 SOURCE * in TARGET ; conf=0.6 modal=1384

[noun] drone strike | drone attack | drone raid | uav strike | drone bombing | kamikaze drone attack | drone assault | unmanned strike
  1952 SOURCE * on TARGET ; modal=1384                 # "a US drone strike on a militia leader"
  1952 * on TARGET by SOURCE ; modal=1384
  1952 SOURCE * against TARGET ; modal=1384
  1952 * against TARGET by SOURCE ; modal=1384
  1952 SOURCE * targeting TARGET ; modal=1384
  1952 SOURCE * in TARGET ; conf=0.6 modal=1384
  1952 SOURCE * at TARGET ; conf=0.7 modal=1384

# ---------------------------------------------------------------------------
# 191 Blockade, restrict movement
# ---------------------------------------------------------------------------

[verb] blockade | besiege | encircle | surround | cordon off | seal off | lay siege | cut off | hem in | bottle up | choke off | close off | lock down
  191  * TARGET ; modal=1381                            # "the army besieged the city"
  191  * to TARGET ; conf=0.8 modal=1381             # "laid siege to Mariupol"

[verb] impose | enforce | tighten | maintain | declare | establish | extend | reimpose | re-impose
  191  * $BLOCKADE on TARGET ; modal=1381               # "imposed a blockade on Qatar"
  191  * $BLOCKADE in TARGET ; modal=1381               # "reimposed blockades in the West Bank"
  191  * $BLOCKADE against TARGET ; modal=1381
  191  * $BLOCKADE of TARGET ; modal=1381
  191  * $BLOCKADE around TARGET ; modal=1381
  191  * zone over TARGET ; modal=1381
  191  * naval blockade ; modal=1381

[noun] blockade | siege | encirclement | naval blockade | embargo by sea | cordon | military cordon | military siege | military blockade | sea blockade | total siege | complete siege
  191  SOURCE * of TARGET ; modal=1381                 # "Israel's blockade of Gaza"
  191  * of TARGET by SOURCE ; modal=1381
  191  SOURCE * on TARGET ; modal=1381
  191  * on TARGET by SOURCE ; modal=1381
  191  SOURCE * against TARGET ; modal=1381
  191  * against TARGET by SOURCE ; modal=1381
  191  SOURCE * around TARGET ; modal=1381

[verb] close | shut | seal | block
  # Closing crossings / borders / airspace against someone with force.
  191  * $CROSSING to TARGET ; conf=0.8 modal=1381    # "closed the border to Gaza"
  191  * $CROSSING with TARGET ; conf=0.8 modal=1381  # "sealed its border with Syria"
  191  * $CROSSING for TARGET ; conf=0.8 modal=1381

# ---------------------------------------------------------------------------
# 192 Occupy territory
# ---------------------------------------------------------------------------

[verb] occupy | annex | seize | capture | take | take over | take control of | overrun | conquer | invade | retake | recapture | reoccupy | re-occupy | grab | march into | roll into | enter | move into | push into | advance on | advance into
  192  * $TERRITORY of TARGET ; modal=1382               # "captured the town of Bakhmut"
  192  * $TERRITORY from TARGET ; modal=1382             # "seized territory from the rebels"
  192  * $TERRITORY ; modal=1382                          # "occupied the border area"
  192  * control of TARGET ; modal=1382                  # "took control of the city"
  192  * control of $TERRITORY ; modal=1382

[verb] occupy | annex | invade | overrun | conquer | reoccupy | re-occupy | retake | recapture | march into | roll into | advance into | push into
  192  * TARGET ; modal=1382                             # "Russia annexed Crimea", "invaded Ukraine"

[noun] occupation | annexation | invasion | seizure | takeover | take-over | conquest | land grab | reoccupation | military occupation
  192  SOURCE * of TARGET ; modal=1382                  # "Russia's annexation of Crimea"
  192  * of TARGET by SOURCE ; modal=1382
  192  SOURCE * of $TERRITORY ; modal=1382

[noun] capture
  192  SOURCE * of $TERRITORY ; modal=1382             # "the rebels' capture of the town"

# ---------------------------------------------------------------------------
# 196 Violate ceasefire
# ---------------------------------------------------------------------------

[verb] violate | breach | break | flout | shatter | wreck | rupture | abandon
  196  * $CEASEFIRE ; modal=1384                          # "Israel violated the ceasefire"
  196  * $CEASEFIRE with TARGET ; modal=1384              # "broke the truce with Hamas"
  196  * $CEASEFIRE TARGET ; conf=0.8 modal=1384        # "breached Hamas's truce"

[noun] violation | breach | infringement | infraction | ceasefire violation | truce violation | ceasefire breach | truce breach
  196  SOURCE * of $CEASEFIRE ; modal=1384              # "Israeli violations of the ceasefire"
  196  SOURCE * of $CEASEFIRE with TARGET ; modal=1384

[noun] ceasefire violation | truce violation | ceasefire breach | truce breach
  196  SOURCE * against TARGET ; modal=1384            # "ceasefire violations against Armenian positions"
  196  * against TARGET by SOURCE ; modal=1384
