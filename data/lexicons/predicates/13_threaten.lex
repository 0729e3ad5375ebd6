# CAMEO root 13: THREATEN.
#
# 130 threaten (residual), 131x non-force threats (1311 aid, 1312 sanctions,
# 1313 relations), 132x administrative sanctions (1321 freedoms, 1322 party
# ban, 1323 curfew, 1324 emergency), 133 political dissent, 134 halt
# negotiations, 135 halt mediation, 136 halt international involvement,
# 137 repression, 138x military force (1381 blockade, 1382 occupation,
# 1383 unconventional attack, 1384 conventional attack, 1385 mass
# violence / WMD), 139 ultimatum.
#
# A threat is about the future by nature: patterns whose embedded clause
# carries "will/would" ("warned it would retaliate", "vowed that it will
# strike") have modal=keep.  "threatened to V" has no modal and needs none.
# A negated threat ("did not threaten") yields no event.
# "poses a threat to" is NOT coded (a description, not a threat): the noun
# `threat` has no "to TARGET" pattern.

# ---------------------------------------------------------------------------
# "threaten to V" / "threaten X with Y" / "threaten Y"
# ---------------------------------------------------------------------------

[verb] threaten
  # 138x force
  1384 * to $ATTACK_V TARGET               # "threatened to attack Iran"
  1384 * to $ATTACK_V
  1384 * TARGET with $ATTACK               # "threatened Israel with strikes"
  1384 * $ATTACK on TARGET                 # "threatened strikes on Iran"
  1384 * $ATTACK against TARGET
  1384 * $ATTACK
  1382 * to $OCCUPY_V TARGET               # "threatened to invade Taiwan"
  1382 * to $OCCUPY_V
  1382 * TARGET with $INVASION
  1382 * $INVASION of TARGET
  1381 * to $BLOCKADE_V TARGET              # "threatened to blockade the port"
  1381 * to $BLOCKADE_V
  1381 * TARGET with $BLOCKADE
  1381 * $BLOCKADE of TARGET
  1381 * $BLOCKADE
  1385 * to use $NUCLEAR_WEAPONS            # "threatened to use nuclear weapons"
  1385 * to use $CHEMICAL_WEAPONS
  1385 * TARGET with $NUCLEAR_WEAPONS
  1385 * TARGET with $NUCLEAR_STRIKE
  1385 * $NUCLEAR_STRIKE
  1385 * TARGET with $MASS_KILLING
  1385 * TARGET with annihilation
  1383 * $TERROR_ATTACK                     # "threatened suicide attacks"
  1383 * TARGET with $TERROR_ATTACK
  1383 * to $TERROR_V TARGET                # "threatened to kidnap foreigners"
  1383 * to $TERROR_V
  1383 * to kill TARGET ; conf=0.8         # "threatened to kill the hostages"
  138  * to use $FORCE against TARGET      # "threatened to use force against Taiwan"
  138  * to use $FORCE
  138  * $FORCE against TARGET             # "threatened military action against Iran"
  138  * TARGET with $FORCE               # "threatened Syria with military action"
  138  * $FORCE
  138  * to $RETALIATE_V against TARGET     # "threatened to retaliate against Israel"
  138  * to $RETALIATE_V
  138  * $RETALIATION against TARGET
  138  * TARGET with $RETALIATION
  138  * $RETALIATION
  138  * to $MOBILIZE_V $TROOPS             # "threatened to send troops"
  138  * war on TARGET                      # "threatened war on the North"
  138  * TARGET with war
  138  * war
  # 131x non-force
  1312 * TARGET with $SANCTIONS            # "threatened Iran with sanctions"
  1312 * $SANCTIONS against TARGET         # "threatened sanctions against Russia"
  1312 * $SANCTIONS on TARGET
  1312 * $SANCTIONS
  1312 * to $IMPOSE_V $SANCTIONS on TARGET # "threatened to impose sanctions on"
  1312 * to $IMPOSE_V $SANCTIONS against TARGET
  1312 * to $IMPOSE_V $SANCTIONS
  1312 * to sanction TARGET
  1312 * to boycott TARGET
  1312 * to boycott
  1311 * to $CUT_V $AID                    # "threatened to cut aid"
  1311 * to $CUT_V $AID to TARGET
  1311 * to $CUT_V $AID for TARGET
  1311 * TARGET with $AID_CUT
  1311 * $AID_CUT
  1313 * to $CUT_V $DIPLOMATIC_TIES with TARGET   # "threatened to sever ties with"
  1313 * to $CUT_V $DIPLOMATIC_TIES
  1313 * to $BREAK_V $DIPLOMATIC_TIES with TARGET
  1313 * to $BREAK_V $DIPLOMATIC_TIES
  1313 * to $DOWNGRADE_V $DIPLOMATIC_TIES
  1313 * to recall $ENVOY from TARGET      # "threatened to recall its ambassador from Paris"
  1313 * to withdraw $ENVOY from TARGET
  1313 * to expel $ENVOY                   # "threatened to expel the envoy"
  1313 * to expel $ENVOY TARGET
  1313 * to close $EMBASSY in TARGET
  1313 * to close $EMBASSY
  1313 * to leave $ORGANIZATION            # "threatened to quit the alliance"
  1313 * to quit $ORGANIZATION
  1313 * to withdraw from $ORGANIZATION
  1313 * to $RESIGN_V                       # resignation threats: 1313 per codebook
  1313 * to declare independence
  1313 * to secede
  131  * to $CUT_V $COOPERATION with TARGET
  131  * to suspend $COOPERATION with TARGET
  131  * to $CUT_V $SUPPLY_N to TARGET      # "threatened to cut gas supplies to Ukraine"
  131  * to $CUT_V $SUPPLY_N
  131  * to $CUT_V TARGET ; conf=0.7       # "threatened to cut off Ukraine"
  131  * to $RETHINK_V $RELATIONS with TARGET
  131  * to review $RELATIONS with TARGET
  131  * to expel TARGET                   # "threatened to expel the journalists"
  131  * to deport TARGET
  # 132x administrative sanctions
  1323 * $CURFEW                           # "threatened a curfew"
  1323 * to $IMPOSE_V $CURFEW
  1324 * $EMERGENCY
  1324 * to $IMPOSE_V $EMERGENCY            # "threatened to impose martial law"
  1324 * to declare $EMERGENCY
  1322 * to ban $PARTY                      # "threatened to ban the party"
  1322 * to ban TARGET
  1322 * to outlaw TARGET
  1322 * to dissolve $PARTY
  1322 * to disqualify TARGET
  1322 * TARGET with $PARTY_BAN
  1321 * to ban $FREEDOMS                   # "threatened to ban demonstrations"
  1321 * to shut down $FREEDOMS
  1321 * to close $FREEDOMS
  1321 * to censor $FREEDOMS
  1321 * to $RESTRICT_V $FREEDOMS
  1321 * to block $FREEDOMS
  132  * to $IMPOSE_V $RESTRICTIONS on TARGET
  132  * to $IMPOSE_V $RESTRICTIONS
  132  * $RESTRICTIONS on TARGET
  132  * TARGET with $RESTRICTIONS
  # 133-136
  133  * $PROTEST                           # "threatened a general strike"
  133  * to $PROTEST_V                      # "threatened to go on strike"
  133  * to $PROTEST_V against TARGET
  133  * $PROTEST against TARGET
  133  * to take to street
  133  * to $STAGE_V $PROTEST
  133  * to $STAGE_V $PROTEST against TARGET
  134  * to walk out of $NEGOTIATIONS_HALTED   # "threatened to walk out of the talks"
  134  * to $QUIT_V $NEGOTIATIONS_HALTED
  134  * to $QUIT_V $NEGOTIATIONS_HALTED with TARGET
  134  * to pull out of $NEGOTIATIONS_HALTED
  134  * to withdraw from $NEGOTIATIONS_HALTED
  134  * to boycott $NEGOTIATIONS_HALTED
  134  * to boycott $MEETING
  135  * to $QUIT_V $MEDIATION
  135  * to end _ $MEDIATION
  135  * to withdraw from $MEDIATION
  135  * to $QUIT_V as $MEDIATOR
  135  * to stop mediating
  136  * to expel $INTERNATIONAL_PRESENCE   # "threatened to expel UN peacekeepers"
  136  * to $WITHDRAW $INTERNATIONAL_PRESENCE # "the UN threatened to withdraw its monitors"
  136  * to withdraw from TARGET ; conf=0.7
  136  * to suspend _ mission
  # 137 repression
  137  * to arrest TARGET                   # "threatened to arrest the protesters"
  137  * to $ARREST_V TARGET
  137  * to $ARREST_V
  137  * TARGET with $ARREST_N              # "threatened protesters with arrest"
  137  * TARGET with prosecution
  137  * TARGET with death
  137  * to $CRACK_DOWN_V on TARGET         # "threatened to crack down on"
  137  * $CRACKDOWN on TARGET
  137  * $CRACKDOWN
  137  * to crush $GATHERING
  137  * to disperse $GATHERING
  137  * to use $FORCE against $GATHERING
  137  * to execute TARGET
  # 139
  139  * TARGET with ultimatum
  # residual
  130  * TARGET with $CONSEQUENCES           # "threatened Iran with consequences"
  130  * $CONSEQUENCES
  130  * $CONSEQUENCES for TARGET
  130  * TARGET ; conf=0.8                   # "threatened its neighbours"
  130  * to _ ; conf=0.8                   # "threatened to deliver blows to the US": the target from _'s phrases

[verb] menace | intimidate | bully | browbeat | blackmail | cow | hector | strong-arm
  130  * TARGET                            # "Beijing intimidated Taipei"
  130  * TARGET with _

# ---------------------------------------------------------------------------
# "warned of / against X", "warned it would V"
# ---------------------------------------------------------------------------

[verb] warn | caution
  138  * of $RETALIATION                    # "warned of retaliation"
  138  * of $RETALIATION against TARGET
  138  * TARGET of $RETALIATION              # "warned Israel of a response"
  138  * of $FORCE against TARGET
  138  * TARGET of $FORCE
  138  * of $FORCE
  1384 * of $ATTACK on TARGET               # "warned of strikes on Iran"
  1384 * of $ATTACK against TARGET
  1384 * TARGET of $ATTACK
  1385 * of $NUCLEAR_STRIKE
  1312 * of $SANCTIONS against TARGET        # "warned of sanctions against Russia"
  1312 * of $SANCTIONS on TARGET
  1312 * TARGET of $SANCTIONS
  1312 * of $SANCTIONS
  137  * TARGET of $ARREST_N                 # "warned protesters of arrest"
  137  * of $CRACKDOWN
  130  * of $CONSEQUENCES                    # "warned of consequences"
  130  * TARGET of $CONSEQUENCES              # "warned Washington of consequences"
  130  * of $CONSEQUENCES for TARGET
  130  * TARGET against _ ; conf=0.8         # "warned Iran against any escalation"
  130  * TARGET to _ ; conf=0.7            # "warned Israel (not) to attack"
  1384 * TARGET $ATTACK_V ; modal=keep       # "warned Israel it would strike"
  1384 * $ATTACK_V TARGET ; modal=keep       # "warned it would strike Israel"
  138  * $RETALIATE_V against TARGET ; modal=keep  # "warned it would retaliate against"
  138  * TARGET $RETALIATE_V ; modal=keep
  138  * $RETALIATE_V ; modal=keep
  1312 * $IMPOSE_V $SANCTIONS on TARGET ; modal=keep
  1312 * TARGET $IMPOSE_V $SANCTIONS ; modal=keep
  138  * TARGET $RESPOND_V ; modal=keep conf=0.8   # "warned Iran it would respond"
  138  * $RESPOND_V militarily ; modal=keep   # "warned it would respond militarily"

[noun] warning
  138  * of $RETALIATION
  138  * of $FORCE
  1384 * of $ATTACK
  1312 * of $SANCTIONS
  130  * of $CONSEQUENCES
  130  * to TARGET ; conf=0.8                 # "a stern warning to Tehran"
  130  * against TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# "vowed / pledged / swore to V"
# ---------------------------------------------------------------------------

[verb] vow | pledge | swear | promise
  1384 * to $ATTACK_V TARGET ; modal=keep    # "vowed to strike the militants"
  1384 * $ATTACK_V TARGET ; modal=keep       # "vowed it would strike"
  138  * to $RETALIATE_V against TARGET ; modal=keep   # "vowed to retaliate against Israel"
  138  * to $RETALIATE_V ; modal=keep
  138  * $RETALIATE_V against TARGET ; modal=keep
  138  * $RETALIATE_V ; modal=keep
  138  * to $CRUSH_V TARGET ; modal=keep        # "vowed to crush the rebels"
  138  * $CRUSH_V TARGET ; modal=keep
  138  * to $CRUSH_V ; modal=keep
  138  * to avenge _ ; modal=keep              # "vowed to avenge the killing"
  138  * to fight TARGET ; modal=keep
  138  * to continue _ against TARGET ; modal=keep conf=0.8
  138  * $RETALIATION against TARGET ; modal=keep      # "vowed revenge against"
  138  * $RETALIATION for _ ; modal=keep
  138  * $RETALIATION ; modal=keep
  1382 * to $OCCUPY_V TARGET ; modal=keep     # "vowed to retake the city"
  1382 * $OCCUPY_V TARGET ; modal=keep
  1382 * to retake TARGET ; modal=keep
  1382 * to recapture TARGET ; modal=keep

[verb] vow | pledge | swear | promise
  137  * to $CRACK_DOWN_V on TARGET ; modal=keep   # "vowed to crack down on protesters"
  137  * $CRACK_DOWN_V on TARGET ; modal=keep
  137  * to crush $GATHERING ; modal=keep
  137  * to $ARREST_V TARGET ; modal=keep
  133  * to $PROTEST_V ; modal=keep                # "unions vowed to strike"
  133  * to take to street ; modal=keep
  133  * to $STAGE_V $PROTEST ; modal=keep
  1312 * to $IMPOSE_V $SANCTIONS on TARGET ; modal=keep

# ---------------------------------------------------------------------------
# Nouns: threat, ultimatum, intimidation
# ---------------------------------------------------------------------------

[noun] threat | menace
  1384 * of $ATTACK on TARGET              # "US threats of strikes on Iran"
  1384 * of $ATTACK against TARGET
  1384 * of $ATTACK
  1382 * of $INVASION of TARGET
  1382 * of $INVASION
  1381 * of $BLOCKADE
  1385 * of $NUCLEAR_STRIKE
  1385 * to use $NUCLEAR_WEAPONS
  138  * of $FORCE against TARGET          # "Turkey's threat of military action against"
  138  * of $FORCE
  138  * of $RETALIATION
  138  * of war
  138  * to $ATTACK_V TARGET                # "Iran's threat to strike Israel"
  138  * to $RETALIATE_V
  1312 * of $SANCTIONS against TARGET      # "EU threats of sanctions against"
  1312 * of $SANCTIONS on TARGET
  1312 * of $SANCTIONS
  1312 * to $IMPOSE_V $SANCTIONS
  1311 * to $CUT_V $AID
  1313 * to $CUT_V $DIPLOMATIC_TIES
  1313 * to $RESIGN_V
  133  * of $PROTEST
  133  * to $PROTEST_V
  134  * to walk out of $NEGOTIATIONS_HALTED
  134  * to $QUIT_V $NEGOTIATIONS_HALTED
  136  * to expel $INTERNATIONAL_PRESENCE
  137  * of $ARREST_N
  137  * of $CRACKDOWN
  130  * against TARGET                     # "Chinese threats against Taiwan"

[noun] ultimatum | final warning | last warning | deadline
  139  * to TARGET                          # "an ultimatum to Belgrade"
  139  * for TARGET ; conf=0.8
  139  * on TARGET ; conf=0.8

[verb] give | issue | deliver | send | present | hand | set | impose | serve | slap
  139  * TARGET ultimatum                    # "gave Hamas an ultimatum"
  139  * ultimatum to TARGET                 # "issued an ultimatum to Serbia"
  139  * TARGET deadline ; conf=0.7          # "gave the rebels a deadline"
  139  * deadline for TARGET ; conf=0.7      # "set a deadline for Iran"

[noun] intimidation | blackmail | coercion | saber-rattling | sabre-rattling | brinkmanship | brinksmanship | bullying | gunboat diplomacy | nuclear blackmail | threatening
  130  * of TARGET                          # "Chinese intimidation of Taiwan"
  130  * against TARGET
  130  * toward TARGET
  130  * towards TARGET

[verb] rattle | brandish
  # "rattled its sabres at", "brandished its nuclear arsenal"
  138  * $SABRE at TARGET
  138  * $SABRE
