# CAMEO root 11: DISAPPROVE.
#
# 110 disapprove (residual), 111 criticize or denounce, 112 accuse
# (1121 crime/corruption, 1122 human rights abuses, 1123 aggression,
# 1124 war crimes, 1125 espionage/treason), 113 rally opposition against,
# 114 complain officially, 115 bring lawsuit against, 116 find guilty.
#
# A TARGET that is an event noun ("condemned Israel's campaign",
# "condemned the attack by Hamas") stands for the actor of that event.
# Negated disapproval ("did not condemn") yields no event.

# ---------------------------------------------------------------------------
# 111 Criticize or denounce
# ---------------------------------------------------------------------------

[verb] condemn | denounce | decry | deplore | censure | criticize | criticise | slam | blast | lambast | lambaste | castigate | excoriate | rebuke | reprimand | chastise | chide | scold | berate | upbraid | reproach | admonish | vilify | pillory | assail | disparage | denigrate | deride | ridicule | mock | belittle | insult | defame | slander | libel | smear | demonize | demonise | discredit | fault | savage | skewer | lampoon
  111  * TARGET                           # "Iraq condemned the killing of civilians"
  111  * TARGET for _                     # "criticized Washington for its strikes"
  111  * TARGET over _                    # "slammed Beijing over Hong Kong"
  111  * _ by TARGET                      # "condemned the attack by the militants"
  111  * as TARGET ; conf=0.7             # "denounced as an ugly crime Yugoslavia's suppression of ...": the object parsed under "as"

[verb] lash out | hit out | strike out | snipe | swipe | jab | take aim | take a swipe | poke fun | sneer | scoff | jeer
  111  * at TARGET                        # "lashed out at Washington"
  111  * at _ by TARGET

[verb] rail | fulminate | inveigh | speak out | speak up | rant
  111  * against TARGET                   # "railed against the West"
  111  * against _ by TARGET

[verb] tear into | lay into | round on | turn on | go after | take to task | dress down | lash
  111  * TARGET ; conf=0.8                # "the minister tore into the opposition"

[verb] attack | assail | hammer | slam | savage | blast | pan | tear apart | rip into
  # Verbal attacks on a statement or policy ("attacked the decision"), as
  # opposed to armed attacks on an actor (19_fight.lex).
  111  * $VERBAL_OBJ                       # "attacked the government's decision"
  111  * $VERBAL_OBJ of TARGET              # "attacked the policies of the EU"
  111  * $VERBAL_OBJ TARGET                 # "attacked Washington's stance"

[verb] brand | label | dub | describe | call | portray | depict | characterize | characterise
  # Pejorative labelling: "branded Israel a terrorist state".  Only with a
  # derogatory noun from the list below, except "brand" which is pejorative
  # in political reporting.
  111  * TARGET $PEJORATIVE
  111  * TARGET as $PEJORATIVE

[verb] brand
  111  * TARGET ; conf=0.7                # "branded the vote a sham"

[noun] criticism | condemnation | denunciation | censure | rebuke | reprimand | reproach | critique | castigation | excoriation | vilification | disparagement | denigration | ridicule | derision | scorn | contempt | opprobrium | tirade | diatribe | broadside | harangue | invective | philippic | swipe | jibe | gibe | barb | outburst | insult | slur | smear | slander | defamation | libel | verbal attack
  111  * of TARGET                        # seed: "Iraqi criticism of Israel's campaign"
  111  * against TARGET                   # "a tirade against the West"
  111  * at TARGET                        # "a swipe at Washington"
  111  * on TARGET                        # "Beijing's attack on the report" (verbal)
  111  * toward TARGET
  111  * towards TARGET
  111  * for TARGET ; conf=0.8

[noun] critic | detractor | opponent | denouncer | naysayer
  # seed: "Iraq has been a vocal critic of Israel's Gaza campaign" (light verb
  # "be" gives the source).
  111  * of TARGET

[noun] outrage | indignation | fury | anger | rage | ire | wrath
  # "expressed outrage at the killing", "Iraqi anger over the strikes".
  111  * at TARGET
  111  * over TARGET
  111  * against TARGET
  111  * toward TARGET
  111  * towards TARGET
  111  * with TARGET ; conf=0.8

[verb] condemn | denounce | criticize | criticise
  # Explicitly noun-headed object with an agent: "condemned the killing of
  # civilians by Israeli forces" -> target the agent.
  111  * _ of _ by TARGET

# ---------------------------------------------------------------------------
# 110 Disapprove, object, complain (residual)
# ---------------------------------------------------------------------------

[verb] object | complain | grumble | gripe | carp | bristle | balk | baulk | chafe | bridle | demur
  110  * to TARGET                        # "Beijing objected to the visit"
  110  * about TARGET                     # "complained about Russian interference"
  110  * over TARGET
  110  * against TARGET ; conf=0.8

[verb] disapprove | frown | look askance
  110  * of TARGET                        # "disapproves of the move"
  110  * upon TARGET
  110  * on TARGET

[verb] oppose
  # Rejecting mediation is 126 (listed here, before "opposed to TARGET" of
  # the same length): "Israel is opposed to French mediation".
  126  * to $MEDIATION
  126  * $MEDIATION

[verb] oppose | disagree | dispute | challenge | resent | dislike | deprecate | lament | bemoan | bewail | rue | take issue | find fault | cast doubt | call into question | raise questions | take exception | reprove
  110  * TARGET ; conf=0.8                # "Moscow opposes NATO expansion"
  110  * with TARGET                      # "took issue with the report"
  110  * on TARGET ; conf=0.7             # "cast doubt on Iran's claims"
  110  * to TARGET ; conf=0.7             # "took exception to the remarks"
  110  * about TARGET ; conf=0.7          # "raised questions about the deal"

[noun] objection | opposition | disapproval | displeasure | dismay | dissatisfaction | discontent | unhappiness | annoyance | irritation | exasperation | frustration | resentment | disagreement | protestation | grievance | complaint
  # "voiced concern over", "expressed displeasure at", "Chinese objections to".
  110  * to TARGET
  110  * at TARGET
  110  * over TARGET
  110  * about TARGET
  110  * with TARGET
  110  * against TARGET
  110  * of TARGET ; conf=0.7

[verb] express | voice | register | convey | show | signal | air | vent
  # The noun carries the code; the block lets "expressed its opposition to"
  # find the source (light verb).  Explicit for the strongest phrasings:
  111  * $OUTRAGE at TARGET
  111  * $OUTRAGE over TARGET
  110  * $DISPLEASURE at TARGET
  110  * $DISPLEASURE over TARGET
  110  * $DISPLEASURE with TARGET
  110  * $DISPLEASURE about TARGET

# ---------------------------------------------------------------------------
# 112 Accuse (1121-1125)
# ---------------------------------------------------------------------------

[verb] accuse | blame | implicate | incriminate
  1124 * TARGET of $WAR_CRIME              # "accused Israel of genocide"
  1124 * TARGET of _ $WAR_CRIME            # "accused Israel of committing war crimes"
  1124 * TARGET with $WAR_CRIME
  1124 * TARGET for $WAR_CRIME
  1122 * TARGET of $ABUSE                  # "accused Beijing of abuses"
  1122 * TARGET of _ $ABUSE
  1122 * TARGET with $ABUSE
  1122 * TARGET for $ABUSE
  1123 * TARGET of $AGGRESSION             # "accused Russia of aggression"
  1123 * TARGET of _ $AGGRESSION           # "accused Iran of launching the attack"
  1123 * TARGET for $AGGRESSION            # "blamed Hamas for the attack"
  1123 * TARGET of $ATTACK_V               # "accused Russia of attacking"
  1123 * TARGET of _ $ATTACK_V ; conf=0.8
  1123 * $ATTACK on TARGET                 # "blamed the attack on Hezbollah"
  1123 * $MILITARY_ACTION on TARGET
  1125 * TARGET of $ESPIONAGE              # "accused the diplomat of spying"
  1125 * TARGET of _ $ESPIONAGE
  1125 * TARGET with $ESPIONAGE            # "charged him with espionage"
  1125 * TARGET of spy
  1121 * TARGET of $CRIME                  # "accused the minister of corruption"
  1121 * TARGET of _ $CRIME
  1121 * TARGET with $CRIME
  1121 * TARGET for $CRIME
  112  * TARGET of _                       # residual: "accused Iran of meddling"
  112  * TARGET for _                      # "blamed Washington for the crisis"
  112  * _ on TARGET                       # "blamed the crisis on Washington"
  112  * TARGET

[verb] charge
  # "charged the minister with corruption" (the generic legal charge is 115)
  1124 * TARGET with $WAR_CRIME
  1122 * TARGET with $ABUSE
  1125 * TARGET with $ESPIONAGE
  1121 * TARGET with $CRIME
  1123 * TARGET with $AGGRESSION

[verb] hold
  # "held Iran responsible for the attack"
  1123 * TARGET responsible for $ATTACK
  1123 * TARGET responsible for $MILITARY_ACTION
  1124 * TARGET responsible for $WAR_CRIME
  1122 * TARGET responsible for $ABUSE
  112  * TARGET responsible
  112  * TARGET accountable

[verb] point the finger | point fingers
  112  * at TARGET

[noun] accusation | allegation | charge | claim | insinuation | blame | finger-pointing | recrimination | counter-accusation
  # "Iraqi accusations against Washington", "US claims of Iranian meddling".
  1124 * of $WAR_CRIME by TARGET
  1124 * against TARGET of $WAR_CRIME
  1122 * of $ABUSE by TARGET
  1122 * against TARGET of $ABUSE
  1123 * of $AGGRESSION by TARGET
  1123 * against TARGET of $AGGRESSION
  1125 * of $ESPIONAGE by TARGET
  1125 * of $ESPIONAGE against TARGET
  1125 * against TARGET of $ESPIONAGE
  1121 * of $CRIME against TARGET
  1121 * against TARGET of $CRIME
  1121 * of $CRIME by TARGET
  112  * against TARGET                    # "accusations against the government"
  112  * of TARGET ; conf=0.6
  112  * on TARGET                         # "put the blame on Washington"

[noun] accuser
  112  * of TARGET

# ---------------------------------------------------------------------------
# 113 Rally opposition against
# ---------------------------------------------------------------------------

[verb] rally | mobilize | mobilise | galvanize | galvanise | marshal | muster | drum up | whip up | stir up | rouse | enlist | line up | unite | gather | build | forge | seek
  113  * $OPPOSITION_SUPPORT against TARGET # "rallied allies against Iran"
  113  * $OPPOSITION_SUPPORT for $ISOLATION of TARGET

[verb] urge | lobby | press | persuade | encourage
  # Soliciting third parties to punish or isolate the target (not 02x: the
  # appeal is aimed at harming TARGET).
  113  * _ to $ISOLATE_V TARGET            # "urged the world to isolate Pyongyang"
  113  * _ against TARGET ; conf=0.7       # "lobbied Congress against Iran"

[verb] isolate | ostracize | ostracise | shun
  # "sought to isolate Iran diplomatically".
  113  * TARGET ; conf=0.8

[noun] diplomatic campaign | pressure campaign | lobbying campaign | diplomatic offensive | diplomatic push | united front | boycott campaign
  113  * against TARGET                     # "a diplomatic campaign against Israel"

[verb] campaign | agitate | lobby
  113  * against TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 114 Complain officially
# ---------------------------------------------------------------------------

[verb] lodge | file | submit | register | send | deliver | issue | hand | make | present | launch | write
  114  * $COMPLAINT with TARGET            # "lodged a formal protest with Tokyo"
  114  * $COMPLAINT to TARGET
  114  * $COMPLAINT against TARGET
  114  * TARGET $COMPLAINT                 # "handed Tokyo a protest note"

[noun] protest note | note of protest | formal protest | official protest | letter of protest | diplomatic protest | strong protest | formal complaint | official complaint | démarche | demarche | diplomatic note | petition | memorandum of protest
  114  * with TARGET
  114  * to TARGET
  114  * against TARGET
  114  * over TARGET ; conf=0.7

[verb] summon | call in | haul in
  # Summoning a foreign envoy to protest is an official complaint.
  114  * $ENVOY                             # "Beijing summoned the US ambassador"

[verb] petition
  114  * TARGET                             # "petitioned the UN"
  114  * TARGET for _
  114  * against TARGET

[verb] protest | complain
  # Formal complaint addressed to an actor: "China protested to Japan".
  114  * to TARGET over _
  114  * to TARGET about _
  114  * with TARGET

# ---------------------------------------------------------------------------
# 115 Bring lawsuit against
# ---------------------------------------------------------------------------

[verb] sue | prosecute | indict | impeach | arraign | countersue
  115  * TARGET                             # "Iran sued the United States"
  115  * TARGET for _
  115  * TARGET over _

[verb] file | bring | launch | lodge | initiate | institute | take | pursue | open | start
  115  * $LAWSUIT against TARGET            # "filed a lawsuit against the company"
  115  * $LAWSUIT with _ against TARGET
  115  * TARGET to $COURT                   # "took Iran to court"
  115  * TARGET before _ ; conf=0.7         # "brought Myanmar before the ICJ"

[noun] lawsuit | suit | legal action | legal case | legal challenge | legal proceedings | proceedings | prosecution | indictment | litigation | criminal complaint | court case | arbitration claim | impeachment | arbitration case | genocide case
  115  * against TARGET                     # "the case against Myanmar"

[noun] case
  115  * against TARGET ; conf=0.7        # "the case against Myanmar at the ICJ"

[verb] charge
  # Legal charges: "prosecutors charged him with murder".
  115  * TARGET with _ ; conf=0.8

[verb] refer
  # "referred the case to the ICC / the Security Council"
  115  * TARGET to $COURT                  # "referred Syria to the ICC"
  115  * _ of TARGET to $COURT

# ---------------------------------------------------------------------------
# 116 Find guilty or liable
# ---------------------------------------------------------------------------

[verb] convict | find | hold | declare | pronounce | judge | adjudge | deem
  116  * TARGET $VERDICT_GUILTY              # "the court found the company guilty"
  116  * TARGET $VERDICT_GUILTY of _

[verb] convict | fine | penalize | penalise | rule against | find against
  116  * TARGET                              # "the court convicted the firm"
  116  * TARGET of _
  116  * TARGET for _

[verb] rule | decide | find
  116  * against TARGET                      # "the tribunal ruled against Russia"

[noun] conviction | guilty verdict | verdict | ruling | judgment | judgement | fine | penalty
  116  * of TARGET ; conf=0.8               # "the conviction of the former minister"
  116  * against TARGET                     # "a ruling against Russia"
