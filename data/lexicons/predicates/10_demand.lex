# CAMEO root 10: DEMAND.
#
# Codes follow Khaldun's ontology (src/ontology/cameo_table.inc, i.e. the
# CAMEO 1.1b3 manual), NOT the older GDELT lookup: a demand for a military
# withdrawal or a ceasefire is 1056 ("Demand de-escalation of military
# engagement": "use this code for demands for ceasefires, military
# withdrawals, and demobilization"); 106 is "Demand meeting, negotiation",
# 107 "Demand settling of dispute", 108 "Demand mediation", 105 "Demand that
# target yield", 101 "Demand material cooperation" (incl. investigations).
#
# Demands are stronger than appeals (02x): "urge", "ask", "appeal", "call on
# X to" and the verb "call for X" are coded by 02_appeal.lex (the CAMEO
# manual codes "called for a ceasefire" as 0256); "demand", "insist",
# "press for", "order X to" and the noun "calls for X" are coded here.
#
# Frames used below:
#   demand X            * $CLASS of TARGET / * $CLASS TARGET / * $CLASS
#   press for X         * for $CLASS of TARGET / * for $CLASS
#   insist on X         * on $CLASS of TARGET
#   express desire      * $DEMAND_WISH for $CLASS of TARGET
#   order Y to V        * TARGET to $VERB_CLASS
#   noun: demand for X  * for $CLASS of TARGET

# ---------------------------------------------------------------------------
# "demand X" (direct object)
# ---------------------------------------------------------------------------

[verb] demand
  # de-escalation: withdrawal, ceasefire, end of fighting (1056)
  1056 * $DEESCALATION of TARGET          # "demanded the withdrawal of US troops"
  1056 * $DEESCALATION TARGET             # "demanded Israel's withdrawal"
  1056 * $DEESCALATION from _             # "demanded a withdrawal from the border"
  1056 * $DEESCALATION
  1056 * $END to $FIGHTING                # "demanded an end to the fighting"
  1056 * $END to $ATTACK                  # "demanded a halt to the strikes"
  1056 * $END of $OCCUPATION              # "demanded an end of the occupation"
  1056 * $END to $OCCUPATION
  1056 * $LIFTING of $BLOCKADE            # a military blockade: de-escalation
  1056 * $WITHDRAW TARGET                 # "demanded that Washington withdraw its troops"
  1056 * $DEESCALATE_V
  1056 * TARGET to $WITHDRAW
  1056 * TARGET to $DEESCALATE_V
  1056 * TARGET to $STOP_V $ATTACK
  1056 * TARGET to $STOP_V $FIGHTING
  # yield (105x)
  1053 * $RELEASE of TARGET ; conf=0.7   # "demanded the release of the hostages"
  1053 * $RELEASE of $PRISONERS
  1053 * $RELEASE
  1053 * $RELEASE_V $PRISONERS            # "demanded that Israel free the prisoners"
  1053 * TARGET to $RELEASE_V
  1054 * $LIFTING of $SANCTIONS            # "demanded the lifting of sanctions"
  1054 * $END to $SANCTIONS
  1054 * $LIFT_V $SANCTIONS
  1051 * $LIFTING of $RESTRICTIONS        # curfews, emergency rule, bans
  1051 * $END to $RESTRICTIONS
  1051 * $LIFT_V $RESTRICTIONS
  1052 * $END to $PROTEST                 # "demanded an end to the protests"
  1052 * $END of $PROTEST
  1055 * $ACCESS for $INTERNATIONAL_PRESENCE  # "demanded access for UN inspectors"
  1055 * $ACCESS to _                    # "demanded access to the site"
  1055 * $ACCESS
  1055 * $ALLOW_V $INTERNATIONAL_PRESENCE # "demanded that Iran admit inspectors"
  105  * $CONCESSION from TARGET          # "demanded an apology from Japan"
  105  * $CONCESSION TARGET               # "demanded Japan's apology"
  105  * $CONCESSION
  # reform (104x)
  1041 * $RESIGNATION of TARGET           # "demanded the resignation of the PM"
  1041 * $RESIGNATION TARGET              # "demanded the PM's resignation"
  1041 * $RESIGNATION
  1041 * $ELECTIONS
  1041 * $RESIGN_V                        # "demanded that the president step down"
  1042 * $POLICY_CHANGE
  1043 * $RIGHTS
  1044 * $INSTITUTIONAL_REFORM
  1044 * $INDEPENDENCE
  104  * $REFORM
  # meeting, settlement, mediation (106-108)
  106  * $TALKS with TARGET               # "demanded talks with Kiev"
  106  * $TALKS
  106  * $MEETING with TARGET
  107  * $PEACE
  108  * $MEDIATION
  # material cooperation and information (101x)
  101  * $EXPLANATION from TARGET         # "demanded an explanation from Beijing"
  101  * $EXPLANATION
  1011 * $ECONOMIC_COOPERATION
  1012 * $SECURITY_COOPERATION
  1013 * $EXTRADITION of TARGET ; conf=0.7   # "demanded the extradition of the suspects"
  1013 * $JUDICIAL_COOPERATION
  1014 * $INTELLIGENCE from TARGET
  1014 * $INTELLIGENCE
  102  * $SUPPORT from TARGET
  102  * $RECOGNITION
  # aid (103x)
  1031 * $ECONOMIC_AID from TARGET
  1031 * $ECONOMIC_AID
  1032 * $MILITARY_AID from TARGET
  1032 * $MILITARY_AID
  1033 * $HUMANITARIAN_AID from TARGET
  1033 * $HUMANITARIAN_AID
  1033 * $ASYLUM
  1034 * $PROTECTION from TARGET
  1034 * $PROTECTION
  103  * $AID from TARGET
  # residual
  100  * _ from TARGET                    # "demanded answers from Washington"
  100  * _ by TARGET ; conf=0.8           # "demanded an admission by Moscow"
  100  * TARGET to _                      # "demanded Israel to ..." (non-native usage)
  100  * ; conf=0.7                       # "demanded that North Korea abandon ...": the target is the clause's subject

# ---------------------------------------------------------------------------
# "press for / push for / clamour for X" (the verb "call for X" is an
# appeal: 02_appeal.lex)
# ---------------------------------------------------------------------------

[verb] press | push | clamor | clamour | agitate
  1056 * for $DEESCALATION of TARGET      # "called for the withdrawal of US troops"
  1056 * for $DEESCALATION TARGET         # "called for Israel's withdrawal"
  1056 * for $DEESCALATION
  1056 * for $END to $FIGHTING            # "called for an end to the fighting"
  1056 * for $END to $ATTACK
  1056 * for $END of $OCCUPATION
  1056 * for $END to $OCCUPATION
  1056 * for $LIFTING of $BLOCKADE
  1053 * for $RELEASE of TARGET ; conf=0.7
  1053 * for $RELEASE of $PRISONERS
  1053 * for $RELEASE
  1054 * for $LIFTING of $SANCTIONS
  1054 * for $END to $SANCTIONS
  1051 * for $LIFTING of $RESTRICTIONS
  1051 * for $END to $RESTRICTIONS
  1052 * for $END to $PROTEST
  1055 * for $ACCESS for $INTERNATIONAL_PRESENCE
  1055 * for $ACCESS
  105  * for $CONCESSION from TARGET
  105  * for $CONCESSION
  1041 * for $RESIGNATION of TARGET       # "called for the resignation of the minister"
  1041 * for $RESIGNATION TARGET
  1041 * for $RESIGNATION
  1041 * for $ELECTIONS
  1042 * for $POLICY_CHANGE
  1043 * for $RIGHTS
  1044 * for $INSTITUTIONAL_REFORM
  1044 * for $INDEPENDENCE
  104  * for $REFORM
  106  * for $TALKS with TARGET           # "called for talks with the rebels"
  106  * for $TALKS
  106  * for $MEETING with TARGET
  107  * for $PEACE
  108  * for $MEDIATION
  101  * for $EXPLANATION
  1011 * for $ECONOMIC_COOPERATION
  1012 * for $SECURITY_COOPERATION
  1013 * for $EXTRADITION of TARGET ; conf=0.7
  1013 * for $JUDICIAL_COOPERATION
  1014 * for $INTELLIGENCE
  102  * for $RECOGNITION
  1031 * for $ECONOMIC_AID
  1032 * for $MILITARY_AID
  1033 * for $HUMANITARIAN_AID
  1033 * for $ASYLUM
  1034 * for $PROTECTION
  113  * for $ISOLATION of TARGET         # "called for the isolation of Pyongyang"
  # "called for sanctions against X" asks third parties to punish X: CAMEO
  # has no "demand sanctions" code, and 113 (rally opposition against) fits.
  113  * for $SANCTIONS against TARGET
  113  * for $SANCTIONS on TARGET

[verb] insist
  1056 * on $DEESCALATION of TARGET       # "insisted on the withdrawal of"
  1056 * on $DEESCALATION
  1056 * on $WITHDRAW                     # "insisted that the troops withdraw"
  1053 * on $RELEASE of TARGET ; conf=0.7
  1053 * on $RELEASE
  1054 * on $LIFTING of $SANCTIONS
  1051 * on $LIFTING of $RESTRICTIONS
  105  * on $CONCESSION
  1041 * on $RESIGNATION of TARGET
  1041 * on $RESIGNATION
  1041 * on $ELECTIONS
  1043 * on $RIGHTS
  1044 * on $INDEPENDENCE
  106  * on $TALKS with TARGET
  108  * on $MEDIATION
  1056 * $WITHDRAW                        # "insisted that the troops must leave"

# ---------------------------------------------------------------------------
# "expressed / voiced / reiterated the desire / demand for X"
# ---------------------------------------------------------------------------

[verb] express | voice | reiterate | renew | restate | reaffirm | repeat
  1056 * $DEMAND_WISH for $DEESCALATION of TARGET   # seed: "expressed the country's desire for an immediate and orderly negotiated exit of US-led military forces"
  1056 * $DEMAND_WISH for $DEESCALATION TARGET
  1056 * $DEMAND_WISH for $END to $FIGHTING
  1053 * $DEMAND_WISH for $RELEASE of TARGET ; conf=0.7
  1054 * $DEMAND_WISH for $LIFTING of $SANCTIONS
  1041 * $DEMAND_WISH for $RESIGNATION of TARGET
  106  * $DEMAND_WISH for $TALKS with TARGET

[verb] stress | emphasize | emphasise | underline | underscore | highlight
  # "stressed the need for / the importance of a withdrawal of US forces"
  1056 * $NEED for $DEESCALATION of TARGET
  1056 * $NEED of $DEESCALATION of TARGET
  1056 * $NEED for $END to $FIGHTING

# ---------------------------------------------------------------------------
# "ordered / pressed / pressured Y to V"
# ---------------------------------------------------------------------------

[verb] require | pressure | pressurize | pressurise | press | push | tell
  # Not 'order / command': "ordered its troops to withdraw" is the source's
  # own withdrawal (087x in 08_yield.lex), not a demand.
  1056 * TARGET to $WITHDRAW               # "pressed the rebels to withdraw"
  1056 * TARGET to $DEESCALATE_V
  1056 * TARGET to $STOP_V $ATTACK         # "pressed Israel to stop the strikes"
  1056 * TARGET to $STOP_V $FIGHTING

[verb] order | command | instruct | direct | require | pressure | pressurize | pressurise | press | push | tell
  1053 * TARGET to $RELEASE_V              # "ordered the army to free the hostages"
  1054 * TARGET to $LIFT_V $SANCTIONS
  1051 * TARGET to $LIFT_V $RESTRICTIONS
  1055 * TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  1055 * TARGET to $ALLOW_V $ACCESS
  1041 * TARGET to $RESIGN_V               # "pressured the minister to resign"
  1052 * TARGET to $STOP_V $PROTEST         # "pressed the unions to end the protests"
  1052 * TARGET to $STOP_V strike           # "pressuring workers to call off the strike"
  1052 * TARGET to cancel strike
  106  * TARGET to $NEGOTIATE_V
  101  * TARGET to $INVESTIGATE_V
  101  * TARGET to $COOPERATE_V

[verb] order | command | instruct
  # Residual order to an actor: "the council ordered Serbia to comply".
  100  * TARGET to _ ; conf=0.6

[verb] press | push | pressure | pressurize | pressurise
  100  * TARGET for _ ; conf=0.8          # "pressed Tehran for answers"
  100  * TARGET on _ ; conf=0.7           # "pressed Beijing on human rights"

[verb] seek
  # Refugees seeking shelter in a country demand to be let in (1033: "These
  # are not necessarily verbal acts; refugees could be actively seeking
  # shelter or refuge in target countries").  Asking for asylum or aid is
  # 0233 (02_appeal.lex).
  1033 * refuge in TARGET                 # "Iraqi Kurds sought refuge in Germany"
  1033 * shelter in TARGET
  1033 * sanctuary in TARGET
  1033 * safe haven in TARGET

# ---------------------------------------------------------------------------
# Nouns: "demands for X", "calls for X", "insistence on X"
# ---------------------------------------------------------------------------

[noun] demand | call | clamor | clamour | push | pressure | outcry
  1056 * for $DEESCALATION of TARGET       # seed: "calls for the departure of the US-led coalition"
  1056 * for $DEESCALATION TARGET
  1056 * for $DEESCALATION
  1056 * for $END to $FIGHTING
  1056 * for $END to $ATTACK
  1056 * for $END of $OCCUPATION
  1053 * for $RELEASE of TARGET ; conf=0.7
  1053 * for $RELEASE of $PRISONERS
  1053 * for $RELEASE
  1054 * for $LIFTING of $SANCTIONS
  1051 * for $LIFTING of $RESTRICTIONS
  1052 * for $END to $PROTEST
  1055 * for $ACCESS
  105  * for $CONCESSION from TARGET
  105  * for $CONCESSION
  1041 * for $RESIGNATION of TARGET
  1041 * for $RESIGNATION TARGET
  1041 * for $RESIGNATION
  1041 * for $ELECTIONS
  1042 * for $POLICY_CHANGE
  1043 * for $RIGHTS
  1044 * for $INSTITUTIONAL_REFORM
  1044 * for $INDEPENDENCE
  104  * for $REFORM
  106  * for $TALKS with TARGET
  106  * for $TALKS
  107  * for $PEACE
  108  * for $MEDIATION
  101  * for $EXPLANATION
  1013 * for $EXTRADITION of TARGET ; conf=0.7
  1031 * for $ECONOMIC_AID
  1032 * for $MILITARY_AID
  1033 * for $HUMANITARIAN_AID
  1034 * for $PROTECTION
  113  * for $ISOLATION of TARGET

[noun] demand | pressure
  100  * on TARGET                        # "US demands on Pakistan", "pressure on Iran"
  100  * from TARGET ; conf=0.7

[noun] insistence
  1056 * on $DEESCALATION of TARGET
  1056 * on $DEESCALATION
  1053 * on $RELEASE of TARGET ; conf=0.7
  1041 * on $RESIGNATION of TARGET
  105  * on $CONCESSION
  106  * on $TALKS
