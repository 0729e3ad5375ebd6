# CAMEO root 12: REJECT.
#
# 120 reject (residual), 121x reject material cooperation, 122x reject
# request for aid, 123x reject political reform, 124x refuse to yield
# (1241 administrative sanctions, 1242 dissent, 1243 release, 1244 economic
# sanctions, 1245 international involvement, 1246 de-escalation),
# 125 reject talks, 126 reject mediation, 127 reject settlement, 128 defy
# norms or law, 129 veto.
#
# Refusals of positive events are also produced by the neg= options of the
# 01-09 patterns ("has no plans to withdraw" -> 1246 via `have`); the verbs
# here are the explicit rejections.  The target of a rejection is whoever
# made the demand, offer or proposal: in "rejected Hamas's demand for a
# ceasefire" TARGET is the demand, which stands for its author.
#
# Frames:
#   reject X            * $CLASS / * TARGET for $CLASS (request for X)
#   refuse to V         * to $VERB_CLASS
#   noun                * of $CLASS / * to $VERB_CLASS

# ---------------------------------------------------------------------------
# "reject / rule out / rebuff X"
# ---------------------------------------------------------------------------

[verb] reject | rebuff | spurn | turn down | dismiss | repudiate | refuse | decline | rule out | brush aside | brush off | shrug off | throw out | balk at | baulk at | snub
  # 124x refuse to yield
  1246 * $DEESCALATION                     # "ruled out a withdrawal"
  1246 * TARGET for $DEESCALATION          # "rejected Iraq's demand for a withdrawal"
  1246 * $CALLS for $DEESCALATION         # "rejected calls for a ceasefire"
  1246 * $CALLS for $END to $FIGHTING
  1246 * $CEASEFIRE_PROPOSAL              # "rejected the truce proposal"
  1246 * $CEASEFIRE_PROPOSAL TARGET       # "rejected Egypt's ceasefire plan"
  1243 * $RELEASE of $PRISONERS            # "refused the release of the prisoners"
  1243 * TARGET for $RELEASE               # "rejected Hamas's demand for the release"
  1243 * $CALLS for $RELEASE
  1244 * $LIFTING of $SANCTIONS             # "ruled out the lifting of sanctions"
  1244 * TARGET for $LIFTING of $SANCTIONS
  1244 * $CALLS for $LIFTING of $SANCTIONS
  1241 * $LIFTING of $RESTRICTIONS
  1241 * $CALLS for $LIFTING of $RESTRICTIONS
  1245 * $ACCESS                            # "refused access"
  1245 * $ACCESS for $INTERNATIONAL_PRESENCE
  1245 * $ACCESS to TARGET ; conf=0.7
  1245 * $INTERNATIONAL_PRESENCE            # "rejected UN peacekeepers"
  1245 * $INSPECTION                        # "rejected inspections"
  124  * $CONCESSION                        # "rejected any concession"
  124  * TARGET for $CONCESSION
  # 123x political reform
  1231 * $RESIGNATION                       # "rejected calls for his resignation"
  1231 * $CALLS for $RESIGNATION
  1231 * TARGET for $RESIGNATION
  1231 * $ELECTIONS                         # "ruled out early elections"
  1231 * $CALLS for $ELECTIONS
  1232 * $POLICY_CHANGE
  1232 * $CALLS for $POLICY_CHANGE
  1233 * $CALLS for $RIGHTS
  1234 * $INDEPENDENCE                      # "rejected independence for Kosovo"
  1234 * $CALLS for $INDEPENDENCE
  1234 * $INSTITUTIONAL_REFORM
  123  * $REFORM
  123  * $CALLS for $REFORM
  # 125-127 talks, mediation, settlement
  125  * $TALKS with TARGET                 # "rejected talks with the rebels"
  125  * $TALKS                             # "ruled out negotiations"
  125  * TARGET for $TALKS                  # "rejected Iran's call for talks"
  125  * TARGET of $TALKS                   # "rebuffed Moscow's offer of talks"
  125  * $CALLS for $TALKS
  125  * $MEETING with TARGET
  125  * $INVITATION of TARGET              # "declined the invitation of Iran"
  125  * $INVITATION TARGET                 # "turned down Putin's invitation"
  125  * $INVITATION ; conf=0.8              # the target from its argument phrases
  126  * $MEDIATION of TARGET               # "rejected Egyptian mediation"
  126  * $MEDIATION TARGET
  126  * $MEDIATION
  126  * $MEDIATOR
  126  * TARGET as $MEDIATOR                # "rejected Washington as a mediator"
  127  * $PEACE                             # "rejected the peace deal"
  127  * $PEACE_PLAN TARGET                 # "rejected the US peace plan"
  127  * $PEACE_PLAN of TARGET
  127  * $PEACE_PLAN
  127  * $AGREEMENT with TARGET ; conf=0.8  # "rejected the agreement with Israel"
  # 121x material cooperation
  1211 * $ECONOMIC_COOPERATION with TARGET
  1211 * $ECONOMIC_COOPERATION
  1212 * $SECURITY_COOPERATION with TARGET
  1212 * $SECURITY_COOPERATION
  1213 * $EXTRADITION of TARGET             # "refused the extradition of the suspect"
  1213 * $EXTRADITION
  1213 * $JUDICIAL_COOPERATION
  1214 * $INTELLIGENCE
  121  * $COOPERATION with TARGET ; conf=0.8
  # 122x aid
  1221 * $ECONOMIC_AID                      # "rejected the loan request"
  1221 * TARGET for $ECONOMIC_AID           # "turned down Kiev's request for loans"
  1222 * $MILITARY_AID
  1222 * TARGET for $MILITARY_AID
  1223 * $HUMANITARIAN_AID
  1223 * $ASYLUM                            # "denied asylum" -> see deny below
  1223 * TARGET for $ASYLUM
  1223 * $REFUGEES                          # "refused the refugees"
  1224 * $PROTECTION
  1224 * TARGET for $PROTECTION
  1224 * $CALLS for $PEACEKEEPERS _ in TARGET   # "rejected a call for its peacekeeping forces to be deployed in East Timor"
  122  * TARGET for $AID
  122  * $AID
  # residual: requests, offers, proposals
  120  * $REQUEST TARGET                    # "rejected the US proposal"
  120  * $REQUEST of TARGET                 # "rejected the demands of the protesters"
  120  * $REQUEST by TARGET
  120  * $REQUEST from TARGET

[verb] reject | rebuff | spurn | turn down | repudiate | refuse | decline | brush aside | snub
  # Residual rejection of an actor's position or offer.  Not 'dismiss' or
  # 'throw out' ("dismissed the army chief" is a sacking).
  120  * TARGET ; conf=0.7                  # "rejected Iraq's position"

[verb] refuse | decline | reject | rule out
  # "refused to withdraw", "ruled out withdrawing"; seed: the Pentagon's
  # "no plans to withdraw" is coded through `have` (03_intent.lex, neg=1246).
  1246 * to $WITHDRAW                       # "refused to withdraw its troops"
  1246 * to $WITHDRAW TARGET
  1246 * to $DEESCALATE_V
  1246 * to $STOP_V $ATTACK                 # "refused to stop the attacks"
  1246 * to $STOP_V $FIGHTING
  1246 * to $STOP_V fighting
  1246 * to leave                           # "refused to leave" (occupying forces)
  1246 * to $DEESCALATE_V TARGET

[verb] refuse | decline | reject | rule out | balk at | baulk at
  1243 * to $RELEASE_V                      # "refused to free the hostages"
  1243 * to $RELEASE_V TARGET
  1244 * to $LIFT_V $SANCTIONS               # "refused to lift the embargo"
  1241 * to $LIFT_V $RESTRICTIONS            # "refused to lift the curfew"
  1245 * to $ALLOW_V $INTERNATIONAL_PRESENCE # "refused to admit UN inspectors"
  1245 * to $ALLOW_V $ACCESS                # "refused to allow access"
  1245 * to $ALLOW_V TARGET access          # "refused to give the Red Cross access"
  124  * to allow TARGET to _ ; conf=0.8     # "refused to allow United Nations planes to land"
  124  * to permit TARGET to _ ; conf=0.8
  1242 * to $STOP_V $PROTEST                # "protesters refused to end their sit-in"
  1242 * to disperse                        # "the crowd refused to disperse"
  124  * to $YIELD_V                        # "refused to back down"
  124  * to $YIELD_V to TARGET
  # Not answering a demand or appeal is rejecting it; the target is who
  # made it ("refused to respond to a demand from the US President").
  120  * to respond to $CALLS ; conf=0.8
  120  * to heed $CALLS ; conf=0.8
  120  * to answer $CALLS ; conf=0.8
  1231 * to $RESIGN_V                       # "refused to step down"
  1232 * to $CHANGE_V $POLICY               # "refused to reverse its policy"
  125  * to $NEGOTIATE_V with TARGET         # "refused to negotiate with Hamas"
  125  * to $NEGOTIATE_V
  125  * to $MEET_V TARGET                   # "refused to meet the envoy"
  125  * to $MEET_V with TARGET
  126  * to $ACCEPT_V $MEDIATION
  127  * to $SIGN_V $AGREEMENT              # "refused to sign the accord"
  127  * to $SIGN_V $PEACE
  127  * to $ACCEPT_V $PEACE
  1213 * to extradite TARGET                # "refused to extradite the suspect"
  1213 * to $HANDOVER_V TARGET to _ ; conf=0.8
  1213 * to extradite
  1214 * to share $INTELLIGENCE
  1214 * to $PROVIDE_V $INTELLIGENCE
  121  * to $COOPERATE_V with TARGET         # "refused to cooperate with the inquiry"
  1221 * to $PROVIDE_V $ECONOMIC_AID
  1222 * to $PROVIDE_V $MILITARY_AID         # "declined to send weapons"
  1223 * to $PROVIDE_V $HUMANITARIAN_AID
  1223 * to $ALLOW_V $REFUGEES
  1224 * to $PROVIDE_V $PROTECTION
  1224 * to send $PEACEKEEPERS
  122  * to $PROVIDE_V $AID
  128  * to $COMPLY_V with TARGET            # "refused to comply with the ruling"
  128  * to $COMPLY_V with $NORM
  128  * to $COMPLY_V
  128  * to recognize $NORM ; conf=0.8
  120  * to $ACCEPT_V TARGET                 # "refused to accept the proposal"

[verb] deny
  # 'deny' of responsibility is 016 (01_statement.lex); here only denial of
  # something requested: access, aid, asylum, permission.
  1245 * TARGET $ACCESS                      # "denied the inspectors access"
  1245 * $ACCESS to TARGET                   # "denied access to the Red Cross"
  1245 * $ACCESS
  1245 * entry to $INTERNATIONAL_PRESENCE
  1223 * TARGET $ASYLUM                      # "denied him asylum"
  1223 * $ASYLUM to TARGET
  1223 * $ASYLUM
  1223 * $HUMANITARIAN_AID to TARGET
  120  * TARGET $PERMISSION ; conf=0.8       # "denied the ship permission to dock"
  120  * $PERMISSION to TARGET ; conf=0.8
  120  * $REQUEST of TARGET                  # "denied the request of Iraq"
  120  * $REQUEST TARGET                      # "denied Iraq's request"

[verb] stonewall | stall | drag feet | drag its feet | filibuster
  # Obstructing a request without a formal refusal.
  120  * TARGET ; conf=0.7                  # "Tehran stonewalled the inspectors"
  120  * on $REQUEST ; conf=0.7            # "stalled on the demands"
  125  * on $TALKS                         # "stalled on the negotiations"

[verb] close the door | slam the door | shut the door
  125  * on $TALKS
  125  * on TARGET ; conf=0.7
  120  * on _ ; conf=0.6

[verb] walk away | pull back
  127  * from $PEACE                         # "walked away from the peace deal"
  127  * from $PEACE_PLAN

[verb] stand firm | hold firm | stand fast | hold out
  # Refusing to give in: "Kiev stood firm against Moscow's demands".
  124  * against TARGET
  124  * on _ ; conf=0.7

[verb] defy | flout | disobey | ignore | disregard | violate | breach | contravene | circumvent | evade | buck | challenge
  # 128 Defy norms, law: "defied the UN resolution", "flouted sanctions".
  # (A violated ceasefire is 196, in 19_fight.lex.)
  128  * $NORM                              # "North Korea defied the resolution"
  128  * $NORM of TARGET                     # "ignored the rulings of the court"
  128  * $NORM TARGET                        # "flouted the UN's ban"
  128  * $REQUEST TARGET                     # "defied Washington's demands"
  128  * $REQUEST of TARGET

[verb] defy
  128  * TARGET                              # "defied the government"

[verb] resist | oppose
  # Resisting pressure or demands: "resisted US pressure to withdraw".
  1246 * $CALLS for $DEESCALATION ; conf=0.8
  124  * pressure from TARGET
  124  * pressure TARGET
  124  * pressure

# ---------------------------------------------------------------------------
# 129 Veto
# ---------------------------------------------------------------------------

[verb] veto | block | vote down | vote against | shoot down | torpedo | filibuster | overrule | override | strike down | quash | overturn | reject
  129  * $RESOLUTION                        # "Russia vetoed the resolution"
  129  * $RESOLUTION TARGET                 # "vetoed the US-drafted resolution"
  129  * $RESOLUTION of TARGET
  129  * $RESOLUTION by TARGET
  129  * $RESOLUTION on _

[verb] veto
  129  * TARGET ; conf=0.8                   # "vetoed the measure"

[verb] cast | use | wield | exercise
  129  * veto against $RESOLUTION           # "cast its veto against the draft"
  129  * veto on $RESOLUTION
  129  * veto

[noun] veto
  129  * of TARGET                           # "Russia's veto of the resolution"
  129  * of $RESOLUTION
  129  * against TARGET
  129  * on $RESOLUTION
  129  * against $RESOLUTION

# ---------------------------------------------------------------------------
# Nouns: "rejection of", "refusal to"
# ---------------------------------------------------------------------------

[noun] rejection | refusal | rebuff | repudiation | dismissal | snub | rebuttal | non-acceptance
  1246 * of $DEESCALATION                  # "Israel's rejection of a ceasefire"
  1246 * of $CALLS for $DEESCALATION
  1246 * of $CEASEFIRE_PROPOSAL
  1243 * of $RELEASE
  1244 * of $LIFTING of $SANCTIONS
  1231 * of $CALLS for $RESIGNATION
  1231 * of $ELECTIONS
  1234 * of $INDEPENDENCE
  125  * of $TALKS
  125  * of $INVITATION
  126  * of $MEDIATION
  127  * of $PEACE
  127  * of $PEACE_PLAN
  129  * of $RESOLUTION
  1212 * of $SECURITY_COOPERATION
  1211 * of $ECONOMIC_COOPERATION
  122  * of $AID
  120  * of TARGET                         # "Moscow's rejection of the US proposal"

[noun] refusal | unwillingness | reluctance
  1246 * to $WITHDRAW                       # "the Pentagon's refusal to withdraw"
  1246 * to $DEESCALATE_V
  1246 * to $STOP_V $ATTACK
  1243 * to $RELEASE_V
  1244 * to $LIFT_V $SANCTIONS
  1245 * to $ALLOW_V $INTERNATIONAL_PRESENCE
  1245 * to $ALLOW_V $ACCESS
  1231 * to $RESIGN_V
  124  * to $YIELD_V
  125  * to $NEGOTIATE_V with TARGET
  125  * to $NEGOTIATE_V
  125  * to $MEET_V TARGET
  127  * to $SIGN_V $AGREEMENT
  121  * to $COOPERATE_V with TARGET
  128  * to $COMPLY_V with TARGET
  128  * to $COMPLY_V with $NORM
  1213 * to extradite TARGET

[noun] defiance | violation | breach | contravention | flouting | disregard | non-compliance | noncompliance
  128  * of $NORM                           # "in defiance of the resolution"
  128  * of TARGET ; conf=0.7
  128  * with $NORM

# "Israel is opposed to French mediation", "opposes UN mediation" (126):
# in 11_disapprove.lex, read first, so as to win over "opposed to TARGET".
