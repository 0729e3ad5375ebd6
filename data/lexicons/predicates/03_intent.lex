# CAMEO root 03 -- EXPRESS INTENT TO COOPERATE (030-039).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Offers, promises, pledges, agreements to act, stated willingness and
# plans.  The code follows what is intended: material cooperation 031x
# (economic 0311, military/security 0312, judicial 0313, intelligence
# 0314), diplomatic support 032, aid 033x, reform 034x, yielding 035x
# (release 0353, sanctions 0354, access 0355, de-escalation and
# withdrawal 0356), meeting 036, settlement 037, accepting mediation 038,
# mediating 039.  The target is the partner / recipient ("with TARGET",
# "to TARGET").
#
# Every pattern carries the refusal code of its family (neg=12x), so that
# "has no plans to withdraw", "refused to release", "did not agree to
# talks" code the refusal (1246, 1243, 125) and never the positive event.
# 039 (offer to mediate) has none: declining to mediate is not a CAMEO
# refusal.
#
# All patterns carry modal=keep: an intention stated in the future or
# under a modal ("Iraq will agree to", "Iran would be ready to") is still
# an intention (CAMEO 03x).  Future forms of the cooperative verbs
# themselves ("will cooperate", "will meet") need an engine rule; see
# 04_consult.lex.

# ---------------------------------------------------------------------------
# Must-haves (seed article): "expressed openness to establishing bilateral
# relations and engaging in security cooperation with coalition nations"
# ---------------------------------------------------------------------------

[verb] express | signal | show | indicate | voice | reaffirm | reiterate | declare | confirm | demonstrate | affirm | convey | stress | underline | emphasize | emphasise
  # "He expressed openness to establishing bilateral relations and engaging
  # in security cooperation with coalition nations, including the US" ->
  # 0312, target = the partner of the cooperation.  The '_' hop lets the
  # cooperation noun hang from an intermediate gerund.
  0312 * $OPENNESS to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0311 * $OPENNESS to _ $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * $OPENNESS to $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0313 * $OPENNESS to _ $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0314 * $OPENNESS to _ $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  * $OPENNESS to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  030  * $OPENNESS to _ $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $OPENNESS to $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $OPENNESS for $COOPERATION with TARGET ; neg=120 modal=keep
  0311 * $OPENNESS to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * $OPENNESS to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * $OPENNESS to trade with TARGET ; neg=1211 modal=keep
  0311 * $OPENNESS to invest in TARGET ; neg=1211 modal=keep
  0311 * $OPENNESS to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  * $OPENNESS to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  * $OPENNESS to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  * $OPENNESS to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  * $OPENNESS to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 * $OPENNESS to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 * $OPENNESS to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 * $OPENNESS to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 * $OPENNESS to hold exercise with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 * $OPENNESS to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 * $OPENNESS to extradite _ to TARGET ; neg=1213 modal=keep
  0313 * $OPENNESS to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * $OPENNESS to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 * $OPENNESS to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * $OPENNESS to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * $OPENNESS to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 * $OPENNESS to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  * $OPENNESS to support TARGET ; neg=120 modal=keep conf=0.8
  032  * $OPENNESS to back TARGET ; neg=120 modal=keep conf=0.8
  032  * $OPENNESS to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  * $OPENNESS to recognize TARGET ; neg=120 modal=keep
  032  * $OPENNESS to recognise TARGET ; neg=120 modal=keep
  0331 * $OPENNESS to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 * $OPENNESS to lend _ to TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS to lend TARGET _ ; neg=1221 modal=keep
  0331 * $OPENNESS to fund TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 * $OPENNESS to cancel debt of TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS to forgive debt of TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS to cancel debt TARGET ; neg=1221 modal=keep
  0332 * $OPENNESS to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * $OPENNESS to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 * $OPENNESS to arm TARGET ; neg=1222 modal=keep
  0332 * $OPENNESS to train TARGET ; neg=1222 modal=keep
  0332 * $OPENNESS to equip TARGET ; neg=1222 modal=keep
  0333 * $OPENNESS to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * $OPENNESS to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 * $OPENNESS to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 * $OPENNESS to take in $REFUGEES ; neg=1223 modal=keep
  0333 * $OPENNESS to shelter $REFUGEES ; neg=1223 modal=keep
  0333 * $OPENNESS to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 * $OPENNESS to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 * $OPENNESS to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 * $OPENNESS to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  * $OPENNESS to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  * $OPENNESS to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  * $OPENNESS to help TARGET ; neg=122 modal=keep conf=0.7
  033  * $OPENNESS to assist TARGET ; neg=122 modal=keep conf=0.7
  034  * $OPENNESS to implement $REFORM ; neg=123 modal=keep
  034  * $OPENNESS to carry out $REFORM ; neg=123 modal=keep
  034  * $OPENNESS to introduce $REFORM ; neg=123 modal=keep
  034  * $OPENNESS to undertake $REFORM ; neg=123 modal=keep
  034  * $OPENNESS to pursue $REFORM ; neg=123 modal=keep
  034  * $OPENNESS to reform _ ; neg=123 modal=keep
  0341 * $OPENNESS to $RESIGN_V ; neg=1231 modal=keep
  0341 * $OPENNESS to hold $ELECTIONS ; neg=1231 modal=keep
  0341 * $OPENNESS to call $ELECTIONS ; neg=1231 modal=keep
  0341 * $OPENNESS to transfer power to TARGET ; neg=1231 modal=keep
  0341 * $OPENNESS to cede power to TARGET ; neg=1231 modal=keep
  0341 * $OPENNESS to hand power to TARGET ; neg=1231 modal=keep
  0342 * $OPENNESS to change policy ; neg=1232 modal=keep
  0342 * $OPENNESS to review policy ; neg=1232 modal=keep
  0342 * $OPENNESS to reverse decision ; neg=1232 modal=keep
  0342 * $OPENNESS to reconsider decision ; neg=1232 modal=keep
  0342 * $OPENNESS to revise policy ; neg=1232 modal=keep
  0342 * $OPENNESS to scrap plan ; neg=1232 modal=keep
  0342 * $OPENNESS to abandon plan ; neg=1232 modal=keep
  0343 * $OPENNESS to respect $RIGHTS ; neg=1233 modal=keep
  0343 * $OPENNESS to grant $RIGHTS ; neg=1233 modal=keep
  0343 * $OPENNESS to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 * $OPENNESS to protect $RIGHTS ; neg=1233 modal=keep
  0343 * $OPENNESS to restore $RIGHTS ; neg=1233 modal=keep
  0343 * $OPENNESS to uphold $RIGHTS ; neg=1233 modal=keep
  0344 * $OPENNESS to amend constitution ; neg=1234 modal=keep
  0344 * $OPENNESS to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * $OPENNESS to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * $OPENNESS to democratize ; neg=1234 modal=keep
  0344 * $OPENNESS to democratise ; neg=1234 modal=keep
  035  * $OPENNESS to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  * $OPENNESS to make $CONCESSION ; neg=124 modal=keep
  035  * $OPENNESS to compromise with TARGET ; neg=124 modal=keep
  035  * $OPENNESS to compromise ; neg=124 modal=keep
  035  * $OPENNESS to yield to TARGET ; neg=124 modal=keep
  035  * $OPENNESS to back down ; neg=124 modal=keep
  035  * $OPENNESS to meet demand of TARGET ; neg=124 modal=keep
  035  * $OPENNESS to meet demand TARGET ; neg=124 modal=keep
  035  * $OPENNESS to accept demand of TARGET ; neg=124 modal=keep
  035  * $OPENNESS to compensate TARGET ; neg=124 modal=keep
  035  * $OPENNESS to pay compensation to TARGET ; neg=124 modal=keep
  0351 * $OPENNESS to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 * $OPENNESS to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 * $OPENNESS to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 * $OPENNESS to postpone $PROTEST ; neg=1242 modal=keep
  0353 * $OPENNESS to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 * $OPENNESS to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 * $OPENNESS to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 * $OPENNESS to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 * $OPENNESS to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 * $OPENNESS to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 * $OPENNESS to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * $OPENNESS to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 * $OPENNESS to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 * $OPENNESS to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $OPENNESS to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 * $OPENNESS to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 * $OPENNESS to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 * $OPENNESS to receive $INSPECTORS ; neg=1245 modal=keep
  0355 * $OPENNESS to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 * $OPENNESS to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $OPENNESS to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 * $OPENNESS to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 * $OPENNESS to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to $DEESCALATE_V ; neg=1246 modal=keep
  0356 * $OPENNESS to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 * $OPENNESS to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 * $OPENNESS to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 * $OPENNESS to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 * $OPENNESS to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 * $OPENNESS to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 * $OPENNESS to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 * $OPENNESS to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 * $OPENNESS to hand over $WEAPONS ; neg=1246 modal=keep
  0356 * $OPENNESS to surrender $WEAPONS ; neg=1246 modal=keep
  036  * $OPENNESS to meet with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to meet TARGET ; neg=125 modal=keep
  036  * $OPENNESS to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to hold $TALKS with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to resume $TALKS with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to return to $TALKS with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to return to $TALKS ; neg=125 modal=keep
  036  * $OPENNESS to visit TARGET ; neg=125 modal=keep
  036  * $OPENNESS to host TARGET ; neg=125 modal=keep
  036  * $OPENNESS to receive TARGET ; neg=125 modal=keep conf=0.8
  036  * $OPENNESS to talk to TARGET ; neg=125 modal=keep
  036  * $OPENNESS to sit down with TARGET ; neg=125 modal=keep
  036  * $OPENNESS to meet ; neg=125 modal=keep recip
  036  * $OPENNESS to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  * $OPENNESS to settle _ with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to resolve _ with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to make peace with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to reconcile with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to end conflict with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to end dispute with TARGET ; neg=127 modal=keep
  037  * $OPENNESS to sign $PEACE with TARGET ; neg=127 modal=keep
  038  * $OPENNESS to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $OPENNESS to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  * $OPENNESS to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  * $OPENNESS to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  * $OPENNESS to accept $MEDIATION ; neg=126 modal=keep
  039  * $OPENNESS to mediate between TARGET and _ ; modal=keep
  039  * $OPENNESS to mediate between _ and TARGET ; modal=keep
  039  * $OPENNESS to mediate in _ between TARGET and _ ; modal=keep
  039  * $OPENNESS to mediate with TARGET ; modal=keep
  039  * $OPENNESS to mediate ; modal=keep
  039  * $OPENNESS to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  * $OPENNESS to act as $MEDIATOR ; modal=keep
  039  * $OPENNESS to broker _ between TARGET and _ ; modal=keep
  039  * $OPENNESS to facilitate $TALKS between TARGET and _ ; modal=keep
  039  * $OPENNESS to host $TALKS between TARGET and _ ; modal=keep
  030  * $OPENNESS to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  * $OPENNESS to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $OPENNESS to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $OPENNESS to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep
  0311 * $OPENNESS for $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 * $OPENNESS for $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 * $OPENNESS for $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * $OPENNESS for $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 * $OPENNESS for $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  * $OPENNESS for $SUPPORT for TARGET ; neg=120 modal=keep
  032  * $OPENNESS for $SUPPORT to TARGET ; neg=120 modal=keep
  032  * $OPENNESS for $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 * $OPENNESS for $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * $OPENNESS for $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 * $OPENNESS for $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * $OPENNESS for $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 * $OPENNESS for $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * $OPENNESS for $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 * $OPENNESS for $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 * $OPENNESS for $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS for $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS for $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 * $OPENNESS for $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  * $OPENNESS for $AID to TARGET ; neg=122 modal=keep
  033  * $OPENNESS for $AID for TARGET ; neg=122 modal=keep
  034  * $OPENNESS for $REFORM ; neg=123 modal=keep
  0341 * $OPENNESS for $ELECTIONS ; neg=1231 modal=keep
  0341 * $OPENNESS for $RESIGNATION ; neg=1231 modal=keep
  0342 * $OPENNESS for $POLICY_CHANGE ; neg=1232 modal=keep
  0343 * $OPENNESS for $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 * $OPENNESS for $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 * $OPENNESS for $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  036  * $OPENNESS for $TALKS with TARGET ; neg=125 modal=keep
  036  * $OPENNESS for $MEETING with TARGET ; neg=125 modal=keep
  036  * $OPENNESS for $VISIT to TARGET ; neg=125 modal=keep
  036  * $OPENNESS for $TALKS ; neg=125 modal=keep recip
  037  * $OPENNESS for $PEACE with TARGET ; neg=127 modal=keep
  037  * $OPENNESS for $PEACE ; neg=127 modal=keep
  038  * $OPENNESS for $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $OPENNESS for $MEDIATION by TARGET ; neg=126 modal=keep
  039  * $OPENNESS for $MEDIATION between TARGET and _ ; modal=keep
  039  * $OPENNESS for $MEDIATION in _ ; modal=keep
  039  * $OPENNESS for $MEDIATION ; modal=keep

[noun] openness | willingness | readiness | preparedness | eagerness | keenness | disposition | determination
  # "Iraq's readiness to cooperate", "he expressed openness to ..."
  0312 SOURCE * to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0311 SOURCE * to _ $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  032  SOURCE * to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  030  SOURCE * to _ $COOPERATION with TARGET ; neg=120 modal=keep
  0311 SOURCE * to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to trade with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to invest in TARGET ; neg=1211 modal=keep
  0311 SOURCE * to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  SOURCE * to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  SOURCE * to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  SOURCE * to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  SOURCE * to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 SOURCE * to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 SOURCE * to hold exercise with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 SOURCE * to extradite _ to TARGET ; neg=1213 modal=keep
  0313 SOURCE * to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 SOURCE * to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 SOURCE * to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 SOURCE * to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 SOURCE * to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 SOURCE * to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  SOURCE * to support TARGET ; neg=120 modal=keep conf=0.8
  032  SOURCE * to back TARGET ; neg=120 modal=keep conf=0.8
  032  SOURCE * to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  SOURCE * to recognize TARGET ; neg=120 modal=keep
  032  SOURCE * to recognise TARGET ; neg=120 modal=keep
  0331 SOURCE * to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 SOURCE * to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 SOURCE * to lend _ to TARGET ; neg=1221 modal=keep
  0331 SOURCE * to lend TARGET _ ; neg=1221 modal=keep
  0331 SOURCE * to fund TARGET ; neg=1221 modal=keep
  0331 SOURCE * to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 SOURCE * to cancel debt of TARGET ; neg=1221 modal=keep
  0331 SOURCE * to forgive debt of TARGET ; neg=1221 modal=keep
  0331 SOURCE * to cancel debt TARGET ; neg=1221 modal=keep
  0332 SOURCE * to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 SOURCE * to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 SOURCE * to arm TARGET ; neg=1222 modal=keep
  0332 SOURCE * to train TARGET ; neg=1222 modal=keep
  0332 SOURCE * to equip TARGET ; neg=1222 modal=keep
  0333 SOURCE * to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 SOURCE * to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 SOURCE * to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 SOURCE * to take in $REFUGEES ; neg=1223 modal=keep
  0333 SOURCE * to shelter $REFUGEES ; neg=1223 modal=keep
  0333 SOURCE * to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 SOURCE * to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 SOURCE * to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 SOURCE * to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 SOURCE * to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 SOURCE * to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 SOURCE * to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  SOURCE * to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  SOURCE * to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  SOURCE * to help TARGET ; neg=122 modal=keep conf=0.7
  033  SOURCE * to assist TARGET ; neg=122 modal=keep conf=0.7
  034  SOURCE * to implement $REFORM ; neg=123 modal=keep
  034  SOURCE * to carry out $REFORM ; neg=123 modal=keep
  034  SOURCE * to introduce $REFORM ; neg=123 modal=keep
  034  SOURCE * to undertake $REFORM ; neg=123 modal=keep
  034  SOURCE * to pursue $REFORM ; neg=123 modal=keep
  034  SOURCE * to reform _ ; neg=123 modal=keep
  0341 SOURCE * to $RESIGN_V ; neg=1231 modal=keep
  0341 SOURCE * to hold $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * to call $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * to transfer power to TARGET ; neg=1231 modal=keep
  0341 SOURCE * to cede power to TARGET ; neg=1231 modal=keep
  0341 SOURCE * to hand power to TARGET ; neg=1231 modal=keep
  0342 SOURCE * to change policy ; neg=1232 modal=keep
  0342 SOURCE * to review policy ; neg=1232 modal=keep
  0342 SOURCE * to reverse decision ; neg=1232 modal=keep
  0342 SOURCE * to reconsider decision ; neg=1232 modal=keep
  0342 SOURCE * to revise policy ; neg=1232 modal=keep
  0342 SOURCE * to scrap plan ; neg=1232 modal=keep
  0342 SOURCE * to abandon plan ; neg=1232 modal=keep
  0343 SOURCE * to respect $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to grant $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to protect $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to restore $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to uphold $RIGHTS ; neg=1233 modal=keep
  0344 SOURCE * to amend constitution ; neg=1234 modal=keep
  0344 SOURCE * to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 SOURCE * to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 SOURCE * to democratize ; neg=1234 modal=keep
  0344 SOURCE * to democratise ; neg=1234 modal=keep
  035  SOURCE * to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  SOURCE * to make $CONCESSION ; neg=124 modal=keep
  035  SOURCE * to compromise with TARGET ; neg=124 modal=keep
  035  SOURCE * to compromise ; neg=124 modal=keep
  035  SOURCE * to yield to TARGET ; neg=124 modal=keep
  035  SOURCE * to back down ; neg=124 modal=keep
  035  SOURCE * to meet demand of TARGET ; neg=124 modal=keep
  035  SOURCE * to meet demand TARGET ; neg=124 modal=keep
  035  SOURCE * to accept demand of TARGET ; neg=124 modal=keep
  035  SOURCE * to compensate TARGET ; neg=124 modal=keep
  035  SOURCE * to pay compensation to TARGET ; neg=124 modal=keep
  0351 SOURCE * to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 SOURCE * to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 SOURCE * to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 SOURCE * to postpone $PROTEST ; neg=1242 modal=keep
  0353 SOURCE * to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 SOURCE * to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 SOURCE * to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 SOURCE * to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 SOURCE * to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 SOURCE * to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 SOURCE * to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 SOURCE * to receive $INSPECTORS ; neg=1245 modal=keep
  0355 SOURCE * to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 SOURCE * to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 SOURCE * to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 SOURCE * to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $DEESCALATE_V ; neg=1246 modal=keep
  0356 SOURCE * to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 SOURCE * to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 SOURCE * to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 SOURCE * to hand over $WEAPONS ; neg=1246 modal=keep
  0356 SOURCE * to surrender $WEAPONS ; neg=1246 modal=keep
  036  SOURCE * to meet with TARGET ; neg=125 modal=keep
  036  SOURCE * to meet TARGET ; neg=125 modal=keep
  036  SOURCE * to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  SOURCE * to hold $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to resume $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to return to $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to return to $TALKS ; neg=125 modal=keep
  036  SOURCE * to visit TARGET ; neg=125 modal=keep
  036  SOURCE * to host TARGET ; neg=125 modal=keep
  036  SOURCE * to receive TARGET ; neg=125 modal=keep conf=0.8
  036  SOURCE * to talk to TARGET ; neg=125 modal=keep
  036  SOURCE * to sit down with TARGET ; neg=125 modal=keep
  036  SOURCE * to meet ; neg=125 modal=keep recip
  036  SOURCE * to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  SOURCE * to settle _ with TARGET ; neg=127 modal=keep
  037  SOURCE * to resolve _ with TARGET ; neg=127 modal=keep
  037  SOURCE * to make peace with TARGET ; neg=127 modal=keep
  037  SOURCE * to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  SOURCE * to reconcile with TARGET ; neg=127 modal=keep
  037  SOURCE * to end conflict with TARGET ; neg=127 modal=keep
  037  SOURCE * to end dispute with TARGET ; neg=127 modal=keep
  037  SOURCE * to sign $PEACE with TARGET ; neg=127 modal=keep
  038  SOURCE * to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION ; neg=126 modal=keep
  039  SOURCE * to mediate between TARGET and _ ; modal=keep
  039  SOURCE * to mediate between _ and TARGET ; modal=keep
  039  SOURCE * to mediate in _ between TARGET and _ ; modal=keep
  039  SOURCE * to mediate with TARGET ; modal=keep
  039  SOURCE * to mediate ; modal=keep
  039  SOURCE * to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  SOURCE * to act as $MEDIATOR ; modal=keep
  039  SOURCE * to broker _ between TARGET and _ ; modal=keep
  039  SOURCE * to facilitate $TALKS between TARGET and _ ; modal=keep
  039  SOURCE * to host $TALKS between TARGET and _ ; modal=keep
  030  SOURCE * to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  SOURCE * to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  SOURCE * to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  SOURCE * to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep
  0311 SOURCE * for $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 SOURCE * for $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 SOURCE * for $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 SOURCE * for $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 SOURCE * for $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  SOURCE * for $SUPPORT for TARGET ; neg=120 modal=keep
  032  SOURCE * for $SUPPORT to TARGET ; neg=120 modal=keep
  032  SOURCE * for $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 SOURCE * for $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 SOURCE * for $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 SOURCE * for $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 SOURCE * for $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 SOURCE * for $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 SOURCE * for $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 SOURCE * for $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 SOURCE * for $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 SOURCE * for $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 SOURCE * for $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 SOURCE * for $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  SOURCE * for $AID to TARGET ; neg=122 modal=keep
  033  SOURCE * for $AID for TARGET ; neg=122 modal=keep
  034  SOURCE * for $REFORM ; neg=123 modal=keep
  0341 SOURCE * for $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * for $RESIGNATION ; neg=1231 modal=keep
  0342 SOURCE * for $POLICY_CHANGE ; neg=1232 modal=keep
  0343 SOURCE * for $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 SOURCE * for $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 SOURCE * for $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  036  SOURCE * for $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * for $MEETING with TARGET ; neg=125 modal=keep
  036  SOURCE * for $VISIT to TARGET ; neg=125 modal=keep
  036  SOURCE * for $TALKS ; neg=125 modal=keep recip
  037  SOURCE * for $PEACE with TARGET ; neg=127 modal=keep
  037  SOURCE * for $PEACE ; neg=127 modal=keep
  038  SOURCE * for $MEDIATION of TARGET ; neg=126 modal=keep
  038  SOURCE * for $MEDIATION by TARGET ; neg=126 modal=keep
  039  SOURCE * for $MEDIATION between TARGET and _ ; modal=keep
  039  SOURCE * for $MEDIATION in _ ; modal=keep
  039  SOURCE * for $MEDIATION ; modal=keep
  030  SOURCE * for $COOPERATION with TARGET ; neg=120 modal=keep

# ---------------------------------------------------------------------------
# "agreed / promised / pledged / offered / plans to do Y"
# ---------------------------------------------------------------------------

[verb] agree | promise | pledge | vow | commit | offer | undertake | resolve | decide | plan | intend | aim | seek | want | wish | hope | propose | volunteer | prepare | expect | consent | strive | endeavour | endeavor
  # Intentions and commitments.  Negation ("refused to", "did not agree
  # to") gives the matching refusal code (12x).
  0311 * to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * to trade with TARGET ; neg=1211 modal=keep
  0311 * to invest in TARGET ; neg=1211 modal=keep
  0311 * to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  * to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  * to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  * to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  * to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 * to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 * to hold exercise with TARGET ; neg=1212 modal=keep
  0312 * to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 * to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 * to extradite _ to TARGET ; neg=1213 modal=keep
  0313 * to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 * to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 * to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  * to support TARGET ; neg=120 modal=keep conf=0.8
  032  * to back TARGET ; neg=120 modal=keep conf=0.8
  032  * to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  * to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  032  * to recognize TARGET ; neg=120 modal=keep
  032  * to recognise TARGET ; neg=120 modal=keep
  0331 * to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 * to lend _ to TARGET ; neg=1221 modal=keep
  0331 * to lend TARGET _ ; neg=1221 modal=keep
  0331 * to fund TARGET ; neg=1221 modal=keep
  0331 * to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 * to cancel debt of TARGET ; neg=1221 modal=keep
  0331 * to forgive debt of TARGET ; neg=1221 modal=keep
  0331 * to cancel debt TARGET ; neg=1221 modal=keep
  0332 * to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 * to arm TARGET ; neg=1222 modal=keep
  0332 * to train TARGET ; neg=1222 modal=keep
  0332 * to equip TARGET ; neg=1222 modal=keep
  0333 * to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 * to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 * to take in $REFUGEES ; neg=1223 modal=keep
  0333 * to shelter $REFUGEES ; neg=1223 modal=keep
  0333 * to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 * to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 * to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 * to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  * to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  * to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  * to help TARGET ; neg=122 modal=keep conf=0.7
  033  * to assist TARGET ; neg=122 modal=keep conf=0.7
  034  * to implement $REFORM ; neg=123 modal=keep
  034  * to carry out $REFORM ; neg=123 modal=keep
  034  * to introduce $REFORM ; neg=123 modal=keep
  034  * to undertake $REFORM ; neg=123 modal=keep
  034  * to pursue $REFORM ; neg=123 modal=keep
  034  * to reform _ ; neg=123 modal=keep
  0341 * to $RESIGN_V ; neg=1231 modal=keep
  0341 * to hold $ELECTIONS ; neg=1231 modal=keep
  0341 * to call $ELECTIONS ; neg=1231 modal=keep
  0341 * to transfer power to TARGET ; neg=1231 modal=keep
  0341 * to cede power to TARGET ; neg=1231 modal=keep
  0341 * to hand power to TARGET ; neg=1231 modal=keep
  0342 * to change policy ; neg=1232 modal=keep
  0342 * to review policy ; neg=1232 modal=keep
  0342 * to reverse decision ; neg=1232 modal=keep
  0342 * to reconsider decision ; neg=1232 modal=keep
  0342 * to revise policy ; neg=1232 modal=keep
  0342 * to scrap plan ; neg=1232 modal=keep
  0342 * to abandon plan ; neg=1232 modal=keep
  0343 * to respect $RIGHTS ; neg=1233 modal=keep
  0343 * to grant $RIGHTS ; neg=1233 modal=keep
  0343 * to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 * to protect $RIGHTS ; neg=1233 modal=keep
  0343 * to restore $RIGHTS ; neg=1233 modal=keep
  0343 * to uphold $RIGHTS ; neg=1233 modal=keep
  0344 * to amend constitution ; neg=1234 modal=keep
  0344 * to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * to democratize TARGET ; neg=1234 modal=keep   # "promised to democratize Serbia"
  0344 * to democratize ; neg=1234 modal=keep
  0344 * to democratise ; neg=1234 modal=keep
  035  * to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  * to make $CONCESSION ; neg=124 modal=keep
  035  * to compromise with TARGET ; neg=124 modal=keep
  035  * to compromise ; neg=124 modal=keep
  035  * to yield to TARGET ; neg=124 modal=keep
  035  * to back down ; neg=124 modal=keep
  035  * to meet demand of TARGET ; neg=124 modal=keep
  035  * to meet demand TARGET ; neg=124 modal=keep
  035  * to accept demand of TARGET ; neg=124 modal=keep
  035  * to compensate TARGET ; neg=124 modal=keep
  035  * to pay compensation to TARGET ; neg=124 modal=keep
  0351 * to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 * to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 * to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 * to postpone $PROTEST ; neg=1242 modal=keep
  0353 * to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 * to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 * to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 * to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 * to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 * to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 * to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 * to receive $INSPECTORS ; neg=1245 modal=keep
  0355 * to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 * to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 * to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 * to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 * to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 * to $DEESCALATE_V ; neg=1246 modal=keep
  0356 * to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 * to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 * to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 * to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 * to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 * to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 * to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 * to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 * to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 * to hand over $WEAPONS ; neg=1246 modal=keep
  0356 * to surrender $WEAPONS ; neg=1246 modal=keep
  036  * to meet with TARGET ; neg=125 modal=keep
  036  * to meet TARGET ; neg=125 modal=keep
  036  * to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  * to hold $TALKS with TARGET ; neg=125 modal=keep
  036  * to resume $TALKS with TARGET ; neg=125 modal=keep
  036  * to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  * to return to $TALKS with TARGET ; neg=125 modal=keep
  036  * to return to $TALKS ; neg=125 modal=keep
  036  * to visit TARGET ; neg=125 modal=keep
  036  * to host TARGET ; neg=125 modal=keep
  036  * to receive TARGET ; neg=125 modal=keep conf=0.8
  036  * to talk to TARGET ; neg=125 modal=keep
  036  * to sit down with TARGET ; neg=125 modal=keep
  036  * to meet ; neg=125 modal=keep recip
  036  * to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  * to settle _ with TARGET ; neg=127 modal=keep
  037  * to resolve _ with TARGET ; neg=127 modal=keep
  037  * to make peace with TARGET ; neg=127 modal=keep
  037  * to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  * to reconcile with TARGET ; neg=127 modal=keep
  037  * to end conflict with TARGET ; neg=127 modal=keep
  037  * to end dispute with TARGET ; neg=127 modal=keep
  037  * to sign $PEACE with TARGET ; neg=127 modal=keep
  038  * to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION ; neg=126 modal=keep
  039  * to mediate between TARGET and _ ; modal=keep
  039  * to mediate between _ and TARGET ; modal=keep
  039  * to mediate in _ between TARGET and _ ; modal=keep
  039  * to mediate with TARGET ; modal=keep
  039  * to mediate ; modal=keep
  039  * to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  * to act as $MEDIATOR ; modal=keep
  039  * to broker _ between TARGET and _ ; modal=keep
  039  * to facilitate $TALKS between TARGET and _ ; modal=keep
  039  * to host $TALKS between TARGET and _ ; modal=keep
  030  * to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  * to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  * to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  * to _ $COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  030  * to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep

[verb] ready | willing | prepared | open | eager | keen | determined | committed
  # Copular adjectives as predicates ("Iran is ready to negotiate").
  0311 * to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * to trade with TARGET ; neg=1211 modal=keep
  0311 * to invest in TARGET ; neg=1211 modal=keep
  0311 * to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  * to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  * to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  * to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  * to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 * to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 * to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 * to hold exercise with TARGET ; neg=1212 modal=keep
  0312 * to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 * to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 * to extradite _ to TARGET ; neg=1213 modal=keep
  0313 * to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 * to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 * to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  * to support TARGET ; neg=120 modal=keep conf=0.8
  032  * to back TARGET ; neg=120 modal=keep conf=0.8
  032  * to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  * to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  032  * to recognize TARGET ; neg=120 modal=keep
  032  * to recognise TARGET ; neg=120 modal=keep
  0331 * to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 * to lend _ to TARGET ; neg=1221 modal=keep
  0331 * to lend TARGET _ ; neg=1221 modal=keep
  0331 * to fund TARGET ; neg=1221 modal=keep
  0331 * to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 * to cancel debt of TARGET ; neg=1221 modal=keep
  0331 * to forgive debt of TARGET ; neg=1221 modal=keep
  0331 * to cancel debt TARGET ; neg=1221 modal=keep
  0332 * to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 * to arm TARGET ; neg=1222 modal=keep
  0332 * to train TARGET ; neg=1222 modal=keep
  0332 * to equip TARGET ; neg=1222 modal=keep
  0333 * to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 * to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 * to take in $REFUGEES ; neg=1223 modal=keep
  0333 * to shelter $REFUGEES ; neg=1223 modal=keep
  0333 * to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 * to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 * to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 * to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  * to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  * to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  * to help TARGET ; neg=122 modal=keep conf=0.7
  033  * to assist TARGET ; neg=122 modal=keep conf=0.7
  034  * to implement $REFORM ; neg=123 modal=keep
  034  * to carry out $REFORM ; neg=123 modal=keep
  034  * to introduce $REFORM ; neg=123 modal=keep
  034  * to undertake $REFORM ; neg=123 modal=keep
  034  * to pursue $REFORM ; neg=123 modal=keep
  034  * to reform _ ; neg=123 modal=keep
  0341 * to $RESIGN_V ; neg=1231 modal=keep
  0341 * to hold $ELECTIONS ; neg=1231 modal=keep
  0341 * to call $ELECTIONS ; neg=1231 modal=keep
  0341 * to transfer power to TARGET ; neg=1231 modal=keep
  0341 * to cede power to TARGET ; neg=1231 modal=keep
  0341 * to hand power to TARGET ; neg=1231 modal=keep
  0342 * to change policy ; neg=1232 modal=keep
  0342 * to review policy ; neg=1232 modal=keep
  0342 * to reverse decision ; neg=1232 modal=keep
  0342 * to reconsider decision ; neg=1232 modal=keep
  0342 * to revise policy ; neg=1232 modal=keep
  0342 * to scrap plan ; neg=1232 modal=keep
  0342 * to abandon plan ; neg=1232 modal=keep
  0343 * to respect $RIGHTS ; neg=1233 modal=keep
  0343 * to grant $RIGHTS ; neg=1233 modal=keep
  0343 * to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 * to protect $RIGHTS ; neg=1233 modal=keep
  0343 * to restore $RIGHTS ; neg=1233 modal=keep
  0343 * to uphold $RIGHTS ; neg=1233 modal=keep
  0344 * to amend constitution ; neg=1234 modal=keep
  0344 * to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * to democratize ; neg=1234 modal=keep
  0344 * to democratise ; neg=1234 modal=keep
  035  * to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  * to make $CONCESSION ; neg=124 modal=keep
  035  * to compromise with TARGET ; neg=124 modal=keep
  035  * to compromise ; neg=124 modal=keep
  035  * to yield to TARGET ; neg=124 modal=keep
  035  * to back down ; neg=124 modal=keep
  035  * to meet demand of TARGET ; neg=124 modal=keep
  035  * to meet demand TARGET ; neg=124 modal=keep
  035  * to accept demand of TARGET ; neg=124 modal=keep
  035  * to compensate TARGET ; neg=124 modal=keep
  035  * to pay compensation to TARGET ; neg=124 modal=keep
  0351 * to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 * to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 * to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 * to postpone $PROTEST ; neg=1242 modal=keep
  0353 * to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 * to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 * to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 * to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 * to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 * to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 * to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 * to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 * to receive $INSPECTORS ; neg=1245 modal=keep
  0355 * to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 * to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 * to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 * to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 * to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 * to $DEESCALATE_V ; neg=1246 modal=keep
  0356 * to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 * to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 * to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 * to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 * to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 * to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 * to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 * to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 * to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 * to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 * to hand over $WEAPONS ; neg=1246 modal=keep
  0356 * to surrender $WEAPONS ; neg=1246 modal=keep
  036  * to meet with TARGET ; neg=125 modal=keep
  036  * to meet TARGET ; neg=125 modal=keep
  036  * to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  * to hold $TALKS with TARGET ; neg=125 modal=keep
  036  * to resume $TALKS with TARGET ; neg=125 modal=keep
  036  * to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  * to return to $TALKS with TARGET ; neg=125 modal=keep
  036  * to return to $TALKS ; neg=125 modal=keep
  036  * to visit TARGET ; neg=125 modal=keep
  036  * to host TARGET ; neg=125 modal=keep
  036  * to receive TARGET ; neg=125 modal=keep conf=0.8
  036  * to talk to TARGET ; neg=125 modal=keep
  036  * to sit down with TARGET ; neg=125 modal=keep
  036  * to meet ; neg=125 modal=keep recip
  036  * to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  * to settle _ with TARGET ; neg=127 modal=keep
  037  * to resolve _ with TARGET ; neg=127 modal=keep
  037  * to make peace with TARGET ; neg=127 modal=keep
  037  * to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  * to reconcile with TARGET ; neg=127 modal=keep
  037  * to end conflict with TARGET ; neg=127 modal=keep
  037  * to end dispute with TARGET ; neg=127 modal=keep
  037  * to sign $PEACE with TARGET ; neg=127 modal=keep
  038  * to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  * to accept $MEDIATION ; neg=126 modal=keep
  039  * to mediate between TARGET and _ ; modal=keep
  039  * to mediate between _ and TARGET ; modal=keep
  039  * to mediate in _ between TARGET and _ ; modal=keep
  039  * to mediate with TARGET ; modal=keep
  039  * to mediate ; modal=keep
  039  * to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  * to act as $MEDIATOR ; modal=keep
  039  * to broker _ between TARGET and _ ; modal=keep
  039  * to facilitate $TALKS between TARGET and _ ; modal=keep
  039  * to host $TALKS between TARGET and _ ; modal=keep
  030  * to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  * to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  * to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  * to _ $COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  030  * to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep

# ---------------------------------------------------------------------------
# "pledged aid to X", "offered talks", "promised reforms"
# ---------------------------------------------------------------------------

[verb] promise | pledge | offer | guarantee | propose | commit | vow | proffer
  # Objects of promises and offers.  "proposed a ceasefire" by a party to
  # the conflict is 0356; by a third party it would be 0256 (conf lowered).
  0311 * $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 * $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 * $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 * $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  * $SUPPORT for TARGET ; neg=120 modal=keep
  032  * $SUPPORT to TARGET ; neg=120 modal=keep
  032  * $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 * $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 * $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 * $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 * $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 * $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 * $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 * $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 * $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  * $AID to TARGET ; neg=122 modal=keep
  033  * $AID for TARGET ; neg=122 modal=keep
  034  * $REFORM ; neg=123 modal=keep
  0341 * $ELECTIONS ; neg=1231 modal=keep
  0341 * $RESIGNATION ; neg=1231 modal=keep
  0342 * $POLICY_CHANGE ; neg=1232 modal=keep
  0343 * $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 * $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 * $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  035  * $CONCESSION to TARGET ; neg=124 modal=keep
  035  * $CONCESSION ; neg=124 modal=keep
  035  * compensation to TARGET ; neg=124 modal=keep
  0351 * $LIFTING of $RESTRICTIONS ; neg=1241 modal=keep
  0353 * $RELEASE of $PRISONERS ; neg=1243 modal=keep
  0353 * $RELEASE of TARGET ; neg=1243 modal=keep conf=0.8
  0353 * $RELEASE ; neg=1243 modal=keep
  0354 * $LIFTING of $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * $LIFTING of $SANCTIONS ; neg=1244 modal=keep
  0355 * $ACCESS to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $ACCESS for $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $ACCESS ; neg=1245 modal=keep
  0356 * $WITHDRAWAL from TARGET ; neg=1246 modal=keep conf=0.8
  0356 * $WITHDRAWAL of $TROOPS ; neg=1246 modal=keep conf=0.8
  0356 * $WITHDRAWAL ; neg=1246 modal=keep conf=0.8
  0356 * $CEASEFIRE with TARGET ; neg=1246 modal=keep conf=0.8
  0356 * $CEASEFIRE ; neg=1246 modal=keep conf=0.8
  0356 * $DEESCALATION ; neg=1246 modal=keep conf=0.8
  0356 * $END to $FIGHTING ; neg=1246 modal=keep conf=0.8
  0356 * $END to $ATTACK ; neg=1246 modal=keep conf=0.8
  036  * $TALKS with TARGET ; neg=125 modal=keep
  036  * $MEETING with TARGET ; neg=125 modal=keep
  036  * $VISIT to TARGET ; neg=125 modal=keep
  036  * $TALKS ; neg=125 modal=keep recip
  037  * $PEACE with TARGET ; neg=127 modal=keep
  037  * $PEACE ; neg=127 modal=keep
  038  * $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $MEDIATION by TARGET ; neg=126 modal=keep
  039  * $MEDIATION between TARGET and _ ; modal=keep
  039  * $MEDIATION in _ ; modal=keep
  039  * $MEDIATION ; modal=keep
  030  * $COOPERATION with TARGET ; neg=120 modal=keep

[verb] agree | consent | commit | open
  # "agreed to talks with Iran", "committed to security cooperation",
  # "open to talks"
  0311 * to $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 * to $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 * to $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * to $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 * to $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  * to $SUPPORT for TARGET ; neg=120 modal=keep
  032  * to $SUPPORT to TARGET ; neg=120 modal=keep
  032  * to $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 * to $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * to $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 * to $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * to $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 * to $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * to $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 * to $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 * to $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 * to $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 * to $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 * to $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  * to $AID to TARGET ; neg=122 modal=keep
  033  * to $AID for TARGET ; neg=122 modal=keep
  034  * to $REFORM ; neg=123 modal=keep
  0341 * to $ELECTIONS ; neg=1231 modal=keep
  0341 * to $RESIGNATION ; neg=1231 modal=keep
  0342 * to $POLICY_CHANGE ; neg=1232 modal=keep
  0343 * to $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 * to $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 * to $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  035  * to $CONCESSION to TARGET ; neg=124 modal=keep
  035  * to $CONCESSION ; neg=124 modal=keep
  035  * to compensation to TARGET ; neg=124 modal=keep
  0351 * to $LIFTING of $RESTRICTIONS ; neg=1241 modal=keep
  0353 * to $RELEASE of $PRISONERS ; neg=1243 modal=keep
  0353 * to $RELEASE of TARGET ; neg=1243 modal=keep conf=0.8
  0353 * to $RELEASE ; neg=1243 modal=keep
  0354 * to $LIFTING of $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * to $LIFTING of $SANCTIONS ; neg=1244 modal=keep
  0355 * to $ACCESS to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ACCESS for $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * to $ACCESS ; neg=1245 modal=keep
  036  * to $TALKS with TARGET ; neg=125 modal=keep
  036  * to $MEETING with TARGET ; neg=125 modal=keep
  036  * to $VISIT to TARGET ; neg=125 modal=keep
  036  * to $TALKS ; neg=125 modal=keep recip
  037  * to $PEACE with TARGET ; neg=127 modal=keep
  037  * to $PEACE ; neg=127 modal=keep
  038  * to $MEDIATION of TARGET ; neg=126 modal=keep
  038  * to $MEDIATION by TARGET ; neg=126 modal=keep
  039  * to $MEDIATION between TARGET and _ ; modal=keep
  039  * to $MEDIATION in _ ; modal=keep
  039  * to $MEDIATION ; modal=keep
  030  * to $COOPERATION with TARGET ; neg=120 modal=keep

[verb] agree
  # "agreed on security cooperation" (reciprocal)
  0311 * on $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep recip
  0312 * on $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep recip
  0313 * on $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep recip
  0313 * on $EXTRADITION of _ to TARGET ; neg=1213 modal=keep recip
  0314 * on $INTELLIGENCE to TARGET ; neg=1214 modal=keep recip
  032  * on $SUPPORT for TARGET ; neg=120 modal=keep recip
  032  * on $SUPPORT to TARGET ; neg=120 modal=keep recip
  032  * on $RECOGNITION of TARGET ; neg=120 modal=keep recip
  036  * on $TALKS with TARGET ; neg=125 modal=keep recip
  036  * on $MEETING with TARGET ; neg=125 modal=keep recip
  036  * on $VISIT to TARGET ; neg=125 modal=keep recip
  036  * on $TALKS ; neg=125 modal=keep recip recip
  037  * on $PEACE with TARGET ; neg=127 modal=keep recip
  037  * on $PEACE ; neg=127 modal=keep recip
  030  * on $COOPERATION with TARGET ; neg=120 modal=keep recip
  # "X and Y agreed on/upon a trade pact" (compound subject, reciprocal)
  0311 * on $ECONOMIC_COOPERATION ; neg=1211 modal=keep recip
  0311 * upon $ECONOMIC_COOPERATION ; neg=1211 modal=keep recip
  0312 * on $SECURITY_COOPERATION ; neg=1212 modal=keep recip
  0312 * upon $SECURITY_COOPERATION ; neg=1212 modal=keep recip
  030  * on $COOPERATION ; neg=120 modal=keep recip conf=0.8
  030  * upon $AGREEMENT ; neg=120 modal=keep recip conf=0.8
  # "X and Y agreed to cooperate / that their countries should cooperate",
  # "agreed to exchange information" (compound subject, reciprocal)
  030  * to $COOPERATE_V ; neg=120 modal=keep recip conf=0.8
  030  * that $COOPERATE_V ; neg=120 modal=keep recip conf=0.8
  0314 * to share $INTELLIGENCE ; neg=1214 modal=keep recip
  0314 * to exchange $INTELLIGENCE ; neg=1214 modal=keep recip

[verb] agree | consent
  # "The Security Council agreed to a six-month extension of the mandate for
  # the peacekeeping force in Lebanon" (a mandate extended is 074).
  0334 * to extension of mandate for $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * to extension of mandate of $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * to renewal of mandate for $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * to renewal of mandate of $PEACEKEEPERS in TARGET ; neg=1224 modal=keep

[verb] reach
  # "reached a consensus / an understanding to V": agreed to V (recip)
  030  * $CONSENSUS to $COOPERATE_V ; neg=120 modal=keep recip conf=0.8
  030  * understanding to $COOPERATE_V ; neg=120 modal=keep recip conf=0.8
  0314 * $CONSENSUS to share $INTELLIGENCE ; neg=1214 modal=keep recip
  0314 * $CONSENSUS to exchange $INTELLIGENCE ; neg=1214 modal=keep recip
  0314 * $CONSENSUS to $INTELLIGENCE ; neg=1214 modal=keep recip conf=0.8   # "to exchange information" parsed as a noun phrase
  0314 * understanding to share $INTELLIGENCE ; neg=1214 modal=keep recip
  0314 * understanding to exchange $INTELLIGENCE ; neg=1214 modal=keep recip

# ---------------------------------------------------------------------------
# Plans: "has no plans to withdraw US troops" (seed), "announced a plan to"
# ---------------------------------------------------------------------------

[verb] have | announce | unveil | draw up | approve | adopt | outline | present | submit | table | put forward | make
  # "The Pentagon ... has no plans to withdraw US troops" -> 1246 (the
  # negated 0356).  "A plan to V" expresses an intention (03x).
  0311 * $PLAN to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * $PLAN to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 * $PLAN to trade with TARGET ; neg=1211 modal=keep
  0311 * $PLAN to invest in TARGET ; neg=1211 modal=keep
  0311 * $PLAN to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  * $PLAN to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  * $PLAN to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  * $PLAN to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  * $PLAN to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 * $PLAN to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 * $PLAN to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 * $PLAN to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 * $PLAN to hold exercise with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 * $PLAN to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 * $PLAN to extradite _ to TARGET ; neg=1213 modal=keep
  0313 * $PLAN to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * $PLAN to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 * $PLAN to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * $PLAN to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 * $PLAN to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 * $PLAN to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  * $PLAN to support TARGET ; neg=120 modal=keep conf=0.8
  032  * $PLAN to back TARGET ; neg=120 modal=keep conf=0.8
  032  * $PLAN to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  * $PLAN to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  032  * $PLAN to recognize TARGET ; neg=120 modal=keep
  032  * $PLAN to recognise TARGET ; neg=120 modal=keep
  0331 * $PLAN to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * $PLAN to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 * $PLAN to lend _ to TARGET ; neg=1221 modal=keep
  0331 * $PLAN to lend TARGET _ ; neg=1221 modal=keep
  0331 * $PLAN to fund TARGET ; neg=1221 modal=keep
  0331 * $PLAN to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 * $PLAN to cancel debt of TARGET ; neg=1221 modal=keep
  0331 * $PLAN to forgive debt of TARGET ; neg=1221 modal=keep
  0331 * $PLAN to cancel debt TARGET ; neg=1221 modal=keep
  0332 * $PLAN to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * $PLAN to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 * $PLAN to arm TARGET ; neg=1222 modal=keep
  0332 * $PLAN to train TARGET ; neg=1222 modal=keep
  0332 * $PLAN to equip TARGET ; neg=1222 modal=keep
  0333 * $PLAN to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * $PLAN to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 * $PLAN to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 * $PLAN to take in $REFUGEES ; neg=1223 modal=keep
  0333 * $PLAN to shelter $REFUGEES ; neg=1223 modal=keep
  0333 * $PLAN to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 * $PLAN to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * $PLAN to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 * $PLAN to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 * $PLAN to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 * $PLAN to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 * $PLAN to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  * $PLAN to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  * $PLAN to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  * $PLAN to help TARGET ; neg=122 modal=keep conf=0.7
  033  * $PLAN to assist TARGET ; neg=122 modal=keep conf=0.7
  034  * $PLAN to implement $REFORM ; neg=123 modal=keep
  034  * $PLAN to carry out $REFORM ; neg=123 modal=keep
  034  * $PLAN to introduce $REFORM ; neg=123 modal=keep
  034  * $PLAN to undertake $REFORM ; neg=123 modal=keep
  034  * $PLAN to pursue $REFORM ; neg=123 modal=keep
  034  * $PLAN to reform _ ; neg=123 modal=keep
  0341 * $PLAN to $RESIGN_V ; neg=1231 modal=keep
  0341 * $PLAN to hold $ELECTIONS ; neg=1231 modal=keep
  0341 * $PLAN to call $ELECTIONS ; neg=1231 modal=keep
  0341 * $PLAN to transfer power to TARGET ; neg=1231 modal=keep
  0341 * $PLAN to cede power to TARGET ; neg=1231 modal=keep
  0341 * $PLAN to hand power to TARGET ; neg=1231 modal=keep
  0342 * $PLAN to change policy ; neg=1232 modal=keep
  0342 * $PLAN to review policy ; neg=1232 modal=keep
  0342 * $PLAN to reverse decision ; neg=1232 modal=keep
  0342 * $PLAN to reconsider decision ; neg=1232 modal=keep
  0342 * $PLAN to revise policy ; neg=1232 modal=keep
  0342 * $PLAN to scrap plan ; neg=1232 modal=keep
  0342 * $PLAN to abandon plan ; neg=1232 modal=keep
  0343 * $PLAN to respect $RIGHTS ; neg=1233 modal=keep
  0343 * $PLAN to grant $RIGHTS ; neg=1233 modal=keep
  0343 * $PLAN to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 * $PLAN to protect $RIGHTS ; neg=1233 modal=keep
  0343 * $PLAN to restore $RIGHTS ; neg=1233 modal=keep
  0343 * $PLAN to uphold $RIGHTS ; neg=1233 modal=keep
  0344 * $PLAN to amend constitution ; neg=1234 modal=keep
  0344 * $PLAN to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * $PLAN to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 * $PLAN to democratize ; neg=1234 modal=keep
  0344 * $PLAN to democratise ; neg=1234 modal=keep
  035  * $PLAN to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  * $PLAN to make $CONCESSION ; neg=124 modal=keep
  035  * $PLAN to compromise with TARGET ; neg=124 modal=keep
  035  * $PLAN to compromise ; neg=124 modal=keep
  035  * $PLAN to yield to TARGET ; neg=124 modal=keep
  035  * $PLAN to back down ; neg=124 modal=keep
  035  * $PLAN to meet demand of TARGET ; neg=124 modal=keep
  035  * $PLAN to meet demand TARGET ; neg=124 modal=keep
  035  * $PLAN to accept demand of TARGET ; neg=124 modal=keep
  035  * $PLAN to compensate TARGET ; neg=124 modal=keep
  035  * $PLAN to pay compensation to TARGET ; neg=124 modal=keep
  0351 * $PLAN to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 * $PLAN to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 * $PLAN to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 * $PLAN to postpone $PROTEST ; neg=1242 modal=keep
  0353 * $PLAN to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 * $PLAN to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 * $PLAN to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 * $PLAN to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 * $PLAN to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 * $PLAN to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 * $PLAN to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * $PLAN to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 * $PLAN to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 * $PLAN to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $PLAN to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 * $PLAN to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 * $PLAN to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 * $PLAN to receive $INSPECTORS ; neg=1245 modal=keep
  0355 * $PLAN to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 * $PLAN to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $PLAN to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 * $PLAN to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 * $PLAN to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 * $PLAN to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 * $PLAN to $DEESCALATE_V ; neg=1246 modal=keep
  0356 * $PLAN to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 * $PLAN to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 * $PLAN to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 * $PLAN to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 * $PLAN to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 * $PLAN to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 * $PLAN to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 * $PLAN to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 * $PLAN to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 * $PLAN to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 * $PLAN to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 * $PLAN to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 * $PLAN to hand over $WEAPONS ; neg=1246 modal=keep
  0356 * $PLAN to surrender $WEAPONS ; neg=1246 modal=keep
  036  * $PLAN to meet with TARGET ; neg=125 modal=keep
  036  * $PLAN to meet TARGET ; neg=125 modal=keep
  036  * $PLAN to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  * $PLAN to hold $TALKS with TARGET ; neg=125 modal=keep
  036  * $PLAN to resume $TALKS with TARGET ; neg=125 modal=keep
  036  * $PLAN to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  * $PLAN to return to $TALKS with TARGET ; neg=125 modal=keep
  036  * $PLAN to return to $TALKS ; neg=125 modal=keep
  036  * $PLAN to visit TARGET ; neg=125 modal=keep
  036  * $PLAN to host TARGET ; neg=125 modal=keep
  036  * $PLAN to receive TARGET ; neg=125 modal=keep conf=0.8
  036  * $PLAN to talk to TARGET ; neg=125 modal=keep
  036  * $PLAN to sit down with TARGET ; neg=125 modal=keep
  036  * $PLAN to meet ; neg=125 modal=keep recip
  036  * $PLAN to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  * $PLAN to settle _ with TARGET ; neg=127 modal=keep
  037  * $PLAN to resolve _ with TARGET ; neg=127 modal=keep
  037  * $PLAN to make peace with TARGET ; neg=127 modal=keep
  037  * $PLAN to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  * $PLAN to reconcile with TARGET ; neg=127 modal=keep
  037  * $PLAN to end conflict with TARGET ; neg=127 modal=keep
  037  * $PLAN to end dispute with TARGET ; neg=127 modal=keep
  037  * $PLAN to sign $PEACE with TARGET ; neg=127 modal=keep
  038  * $PLAN to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $PLAN to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  * $PLAN to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  * $PLAN to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  * $PLAN to accept $MEDIATION ; neg=126 modal=keep
  039  * $PLAN to mediate between TARGET and _ ; modal=keep
  039  * $PLAN to mediate between _ and TARGET ; modal=keep
  039  * $PLAN to mediate in _ between TARGET and _ ; modal=keep
  039  * $PLAN to mediate with TARGET ; modal=keep
  039  * $PLAN to mediate ; modal=keep
  039  * $PLAN to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  * $PLAN to act as $MEDIATOR ; modal=keep
  039  * $PLAN to broker _ between TARGET and _ ; modal=keep
  039  * $PLAN to facilitate $TALKS between TARGET and _ ; modal=keep
  039  * $PLAN to host $TALKS between TARGET and _ ; modal=keep
  030  * $PLAN to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  * $PLAN to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $PLAN to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  * $PLAN to _ $COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  030  * $PLAN to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep
  0311 * $PLAN for $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 * $PLAN for $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 * $PLAN for $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 * $PLAN for $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 * $PLAN for $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  * $PLAN for $SUPPORT for TARGET ; neg=120 modal=keep
  032  * $PLAN for $SUPPORT to TARGET ; neg=120 modal=keep
  032  * $PLAN for $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 * $PLAN for $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 * $PLAN for $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 * $PLAN for $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 * $PLAN for $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 * $PLAN for $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 * $PLAN for $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 * $PLAN for $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 * $PLAN for $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 * $PLAN for $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 * $PLAN for $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 * $PLAN for $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  * $PLAN for $AID to TARGET ; neg=122 modal=keep
  033  * $PLAN for $AID for TARGET ; neg=122 modal=keep
  034  * $PLAN for $REFORM ; neg=123 modal=keep
  0341 * $PLAN for $ELECTIONS ; neg=1231 modal=keep
  0341 * $PLAN for $RESIGNATION ; neg=1231 modal=keep
  0342 * $PLAN for $POLICY_CHANGE ; neg=1232 modal=keep
  0343 * $PLAN for $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 * $PLAN for $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 * $PLAN for $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  035  * $PLAN for $CONCESSION to TARGET ; neg=124 modal=keep
  035  * $PLAN for $CONCESSION ; neg=124 modal=keep
  035  * $PLAN for compensation to TARGET ; neg=124 modal=keep
  0351 * $PLAN for $LIFTING of $RESTRICTIONS ; neg=1241 modal=keep
  0353 * $PLAN for $RELEASE of $PRISONERS ; neg=1243 modal=keep
  0353 * $PLAN for $RELEASE of TARGET ; neg=1243 modal=keep conf=0.8
  0353 * $PLAN for $RELEASE ; neg=1243 modal=keep
  0354 * $PLAN for $LIFTING of $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 * $PLAN for $LIFTING of $SANCTIONS ; neg=1244 modal=keep
  0355 * $PLAN for $ACCESS to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $PLAN for $ACCESS for $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 * $PLAN for $ACCESS ; neg=1245 modal=keep
  0356 * $PLAN for $WITHDRAWAL from TARGET ; neg=1246 modal=keep
  0356 * $PLAN for $WITHDRAWAL of $TROOPS ; neg=1246 modal=keep
  0356 * $PLAN for $WITHDRAWAL ; neg=1246 modal=keep
  0356 * $PLAN for $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 * $PLAN for $CEASEFIRE ; neg=1246 modal=keep
  0356 * $PLAN for $DEESCALATION ; neg=1246 modal=keep
  0356 * $PLAN for $END to $FIGHTING ; neg=1246 modal=keep
  0356 * $PLAN for $END to $ATTACK ; neg=1246 modal=keep
  036  * $PLAN for $TALKS with TARGET ; neg=125 modal=keep
  036  * $PLAN for $MEETING with TARGET ; neg=125 modal=keep
  036  * $PLAN for $VISIT to TARGET ; neg=125 modal=keep
  036  * $PLAN for $TALKS ; neg=125 modal=keep recip
  037  * $PLAN for $PEACE with TARGET ; neg=127 modal=keep
  037  * $PLAN for $PEACE ; neg=127 modal=keep
  038  * $PLAN for $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $PLAN for $MEDIATION by TARGET ; neg=126 modal=keep
  039  * $PLAN for $MEDIATION between TARGET and _ ; modal=keep
  039  * $PLAN for $MEDIATION in _ ; modal=keep
  039  * $PLAN for $MEDIATION ; modal=keep
  030  * $PLAN for $COOPERATION with TARGET ; neg=120 modal=keep

[noun] plan | intention | intent | decision | proposal | offer | pledge | promise | commitment | undertaking | vow | initiative | guarantee
  # "the Pentagon's plan to withdraw troops", "Iraq's offer of talks",
  # "a US pledge of aid to Ukraine"
  0311 SOURCE * to $BOOST_V $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to $ENGAGE_V in $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to trade with TARGET ; neg=1211 modal=keep
  0311 SOURCE * to invest in TARGET ; neg=1211 modal=keep
  0311 SOURCE * to $COOPERATE_V economically with TARGET ; neg=1211 modal=keep
  031  SOURCE * to $COOPERATE_V on project with TARGET ; neg=121 modal=keep conf=0.8
  031  SOURCE * to $COOPERATE_V with TARGET on project ; neg=121 modal=keep conf=0.8
  031  SOURCE * to $ENGAGE_V in project with TARGET ; neg=121 modal=keep conf=0.8
  031  SOURCE * to implement project with TARGET ; neg=121 modal=keep conf=0.8
  0312 SOURCE * to $BOOST_V $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $ENGAGE_V in $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to _ $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V militarily with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on security ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on defense ; neg=1212 modal=keep
  0312 SOURCE * to $COOPERATE_V with TARGET on defence ; neg=1212 modal=keep
  0312 SOURCE * to hold exercise with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to conduct exercise with TARGET ; neg=1212 modal=keep
  0312 SOURCE * to join coalition against _ ; neg=1212 modal=keep conf=0.7
  0313 SOURCE * to extradite _ to TARGET ; neg=1213 modal=keep
  0313 SOURCE * to $BOOST_V $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 SOURCE * to $COOPERATE_V with TARGET on extradition ; neg=1213 modal=keep
  0314 SOURCE * to share $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 SOURCE * to exchange $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  0314 SOURCE * to provide $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  0314 SOURCE * to $BOOST_V $INTELLIGENCE with TARGET ; neg=1214 modal=keep
  032  SOURCE * to support TARGET ; neg=120 modal=keep conf=0.8
  032  SOURCE * to back TARGET ; neg=120 modal=keep conf=0.8
  032  SOURCE * to $BOOST_V $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep
  032  SOURCE * to _ $DIPLOMATIC_COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  032  SOURCE * to recognize TARGET ; neg=120 modal=keep
  032  SOURCE * to recognise TARGET ; neg=120 modal=keep
  0331 SOURCE * to $PROVIDE_V $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 SOURCE * to $PROVIDE_V TARGET $ECONOMIC_AID ; neg=1221 modal=keep
  0331 SOURCE * to lend _ to TARGET ; neg=1221 modal=keep
  0331 SOURCE * to lend TARGET _ ; neg=1221 modal=keep
  0331 SOURCE * to fund TARGET ; neg=1221 modal=keep
  0331 SOURCE * to finance _ in TARGET ; neg=1221 modal=keep conf=0.8
  0331 SOURCE * to cancel debt of TARGET ; neg=1221 modal=keep
  0331 SOURCE * to forgive debt of TARGET ; neg=1221 modal=keep
  0331 SOURCE * to cancel debt TARGET ; neg=1221 modal=keep
  0332 SOURCE * to $PROVIDE_V $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 SOURCE * to $PROVIDE_V TARGET $MILITARY_AID ; neg=1222 modal=keep
  0332 SOURCE * to arm TARGET ; neg=1222 modal=keep
  0332 SOURCE * to train TARGET ; neg=1222 modal=keep
  0332 SOURCE * to equip TARGET ; neg=1222 modal=keep
  0333 SOURCE * to $PROVIDE_V $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 SOURCE * to $PROVIDE_V TARGET $HUMANITARIAN_AID ; neg=1223 modal=keep
  0333 SOURCE * to take in $REFUGEES from TARGET ; neg=1223 modal=keep
  0333 SOURCE * to take in $REFUGEES ; neg=1223 modal=keep
  0333 SOURCE * to shelter $REFUGEES ; neg=1223 modal=keep
  0333 SOURCE * to evacuate _ from TARGET ; neg=1223 modal=keep conf=0.8
  0334 SOURCE * to deploy $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 SOURCE * to send $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  0334 SOURCE * to contribute _ to $PEACEKEEPERS in TARGET ; neg=1224 modal=keep
  0334 SOURCE * to contribute _ to $PEACEKEEPERS ; neg=1224 modal=keep
  0334 SOURCE * to protect TARGET ; neg=1224 modal=keep conf=0.8
  0334 SOURCE * to defend TARGET ; neg=1224 modal=keep conf=0.7
  033  SOURCE * to $PROVIDE_V $AID to TARGET ; neg=122 modal=keep
  033  SOURCE * to $PROVIDE_V TARGET $AID ; neg=122 modal=keep
  033  SOURCE * to help TARGET ; neg=122 modal=keep conf=0.7
  033  SOURCE * to assist TARGET ; neg=122 modal=keep conf=0.7
  034  SOURCE * to implement $REFORM ; neg=123 modal=keep
  034  SOURCE * to carry out $REFORM ; neg=123 modal=keep
  034  SOURCE * to introduce $REFORM ; neg=123 modal=keep
  034  SOURCE * to undertake $REFORM ; neg=123 modal=keep
  034  SOURCE * to pursue $REFORM ; neg=123 modal=keep
  034  SOURCE * to reform _ ; neg=123 modal=keep
  0341 SOURCE * to $RESIGN_V ; neg=1231 modal=keep
  0341 SOURCE * to hold $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * to call $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * to transfer power to TARGET ; neg=1231 modal=keep
  0341 SOURCE * to cede power to TARGET ; neg=1231 modal=keep
  0341 SOURCE * to hand power to TARGET ; neg=1231 modal=keep
  0342 SOURCE * to change policy ; neg=1232 modal=keep
  0342 SOURCE * to review policy ; neg=1232 modal=keep
  0342 SOURCE * to reverse decision ; neg=1232 modal=keep
  0342 SOURCE * to reconsider decision ; neg=1232 modal=keep
  0342 SOURCE * to revise policy ; neg=1232 modal=keep
  0342 SOURCE * to scrap plan ; neg=1232 modal=keep
  0342 SOURCE * to abandon plan ; neg=1232 modal=keep
  0343 SOURCE * to respect $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to grant $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to guarantee $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to protect $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to restore $RIGHTS ; neg=1233 modal=keep
  0343 SOURCE * to uphold $RIGHTS ; neg=1233 modal=keep
  0344 SOURCE * to amend constitution ; neg=1234 modal=keep
  0344 SOURCE * to implement $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 SOURCE * to adopt $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  0344 SOURCE * to democratize ; neg=1234 modal=keep
  0344 SOURCE * to democratise ; neg=1234 modal=keep
  035  SOURCE * to make $CONCESSION to TARGET ; neg=124 modal=keep
  035  SOURCE * to make $CONCESSION ; neg=124 modal=keep
  035  SOURCE * to compromise with TARGET ; neg=124 modal=keep
  035  SOURCE * to compromise ; neg=124 modal=keep
  035  SOURCE * to yield to TARGET ; neg=124 modal=keep
  035  SOURCE * to back down ; neg=124 modal=keep
  035  SOURCE * to meet demand of TARGET ; neg=124 modal=keep
  035  SOURCE * to meet demand TARGET ; neg=124 modal=keep
  035  SOURCE * to accept demand of TARGET ; neg=124 modal=keep
  035  SOURCE * to compensate TARGET ; neg=124 modal=keep
  035  SOURCE * to pay compensation to TARGET ; neg=124 modal=keep
  0351 SOURCE * to $LIFT_V $RESTRICTIONS on TARGET ; neg=1241 modal=keep
  0351 SOURCE * to $LIFT_V $RESTRICTIONS ; neg=1241 modal=keep
  0352 SOURCE * to $STOP_V $PROTEST ; neg=1242 modal=keep
  0352 SOURCE * to postpone $PROTEST ; neg=1242 modal=keep
  0353 SOURCE * to $RELEASE_V $PRISONERS to TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PRISONERS ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PROPERTY to TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V $PROPERTY ; neg=1243 modal=keep
  0353 SOURCE * to exchange $PRISONERS with TARGET ; neg=1243 modal=keep
  0353 SOURCE * to $RELEASE_V TARGET ; neg=1243 modal=keep conf=0.8
  0354 SOURCE * to $LIFT_V $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 SOURCE * to $LIFT_V $SANCTIONS against TARGET ; neg=1244 modal=keep
  0354 SOURCE * to $LIFT_V $SANCTIONS ; neg=1244 modal=keep
  0355 SOURCE * to $ALLOW_V $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $ACCESS to TARGET ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $ACCESS ; neg=1245 modal=keep
  0355 SOURCE * to accept $PEACEKEEPERS ; neg=1245 modal=keep
  0355 SOURCE * to receive $INSPECTORS ; neg=1245 modal=keep
  0355 SOURCE * to cooperate with $INSPECTORS ; neg=1245 modal=keep
  0355 SOURCE * to open _ to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * to $ALLOW_V $INSPECTION ; neg=1245 modal=keep
  0356 SOURCE * to $WITHDRAW $TROOPS from TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $WITHDRAW $TROOPS ; neg=1246 modal=keep
  0356 SOURCE * to $WITHDRAW from TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $DEESCALATE_V ; neg=1246 modal=keep
  0356 SOURCE * to observe $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 SOURCE * to observe $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to respect $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to declare $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to accept $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK on TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK against TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $ATTACK ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $FIGHTING ; neg=1246 modal=keep
  0356 SOURCE * to $LIFT_V $BLOCKADE of TARGET ; neg=1246 modal=keep
  0356 SOURCE * to $LIFT_V $BLOCKADE ; neg=1246 modal=keep
  0356 SOURCE * to $STOP_V $OCCUPATION of TARGET ; neg=1246 modal=keep
  0356 SOURCE * to hand over $WEAPONS ; neg=1246 modal=keep
  0356 SOURCE * to surrender $WEAPONS ; neg=1246 modal=keep
  036  SOURCE * to meet with TARGET ; neg=125 modal=keep
  036  SOURCE * to meet TARGET ; neg=125 modal=keep
  036  SOURCE * to $NEGOTIATE_V with TARGET ; neg=125 modal=keep
  036  SOURCE * to hold $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to resume $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to $ENGAGE_V in $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to return to $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * to return to $TALKS ; neg=125 modal=keep
  036  SOURCE * to visit TARGET ; neg=125 modal=keep
  036  SOURCE * to host TARGET ; neg=125 modal=keep
  036  SOURCE * to receive TARGET ; neg=125 modal=keep conf=0.8
  036  SOURCE * to talk to TARGET ; neg=125 modal=keep
  036  SOURCE * to sit down with TARGET ; neg=125 modal=keep
  036  SOURCE * to meet ; neg=125 modal=keep recip
  036  SOURCE * to $NEGOTIATE_V ; neg=125 modal=keep recip
  037  SOURCE * to settle _ with TARGET ; neg=127 modal=keep
  037  SOURCE * to resolve _ with TARGET ; neg=127 modal=keep
  037  SOURCE * to make peace with TARGET ; neg=127 modal=keep
  037  SOURCE * to reach $AGREEMENT with TARGET ; neg=127 modal=keep
  037  SOURCE * to reconcile with TARGET ; neg=127 modal=keep
  037  SOURCE * to end conflict with TARGET ; neg=127 modal=keep
  037  SOURCE * to end dispute with TARGET ; neg=127 modal=keep
  037  SOURCE * to sign $PEACE with TARGET ; neg=127 modal=keep
  038  SOURCE * to accept $MEDIATION of TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION by TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION from TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION TARGET ; neg=126 modal=keep
  038  SOURCE * to accept $MEDIATION ; neg=126 modal=keep
  039  SOURCE * to mediate between TARGET and _ ; modal=keep
  039  SOURCE * to mediate between _ and TARGET ; modal=keep
  039  SOURCE * to mediate in _ between TARGET and _ ; modal=keep
  039  SOURCE * to mediate with TARGET ; modal=keep
  039  SOURCE * to mediate ; modal=keep
  039  SOURCE * to act as $MEDIATOR between TARGET and _ ; modal=keep
  039  SOURCE * to act as $MEDIATOR ; modal=keep
  039  SOURCE * to broker _ between TARGET and _ ; modal=keep
  039  SOURCE * to facilitate $TALKS between TARGET and _ ; modal=keep
  039  SOURCE * to host $TALKS between TARGET and _ ; modal=keep
  030  SOURCE * to $COOPERATE_V with TARGET ; neg=120 modal=keep
  030  SOURCE * to $BOOST_V $COOPERATION with TARGET ; neg=120 modal=keep
  030  SOURCE * to $ENGAGE_V in $COOPERATION with TARGET ; neg=120 modal=keep
  030  SOURCE * to _ $COOPERATION with TARGET ; neg=120 modal=keep conf=0.9
  030  SOURCE * to $BOOST_V $RELATIONS with TARGET ; neg=120 modal=keep
  0311 SOURCE * of $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 SOURCE * of $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0313 SOURCE * of $JUDICIAL_COOPERATION with TARGET ; neg=1213 modal=keep
  0313 SOURCE * of $EXTRADITION of _ to TARGET ; neg=1213 modal=keep
  0314 SOURCE * of $INTELLIGENCE to TARGET ; neg=1214 modal=keep
  032  SOURCE * of $SUPPORT for TARGET ; neg=120 modal=keep
  032  SOURCE * of $SUPPORT to TARGET ; neg=120 modal=keep
  032  SOURCE * of $RECOGNITION of TARGET ; neg=120 modal=keep
  0331 SOURCE * of $ECONOMIC_AID to TARGET ; neg=1221 modal=keep
  0331 SOURCE * of $ECONOMIC_AID for TARGET ; neg=1221 modal=keep
  0332 SOURCE * of $MILITARY_AID to TARGET ; neg=1222 modal=keep
  0332 SOURCE * of $MILITARY_AID for TARGET ; neg=1222 modal=keep
  0333 SOURCE * of $HUMANITARIAN_AID to TARGET ; neg=1223 modal=keep
  0333 SOURCE * of $HUMANITARIAN_AID for TARGET ; neg=1223 modal=keep
  0333 SOURCE * of $ASYLUM to TARGET ; neg=1223 modal=keep
  0334 SOURCE * of $PROTECTION to TARGET ; neg=1224 modal=keep
  0334 SOURCE * of $PROTECTION for TARGET ; neg=1224 modal=keep
  0334 SOURCE * of $PEACEKEEPERS for TARGET ; neg=1224 modal=keep
  0334 SOURCE * of $PEACEKEEPERS to TARGET ; neg=1224 modal=keep
  033  SOURCE * of $AID to TARGET ; neg=122 modal=keep
  033  SOURCE * of $AID for TARGET ; neg=122 modal=keep
  034  SOURCE * of $REFORM ; neg=123 modal=keep
  0341 SOURCE * of $ELECTIONS ; neg=1231 modal=keep
  0341 SOURCE * of $RESIGNATION ; neg=1231 modal=keep
  0342 SOURCE * of $POLICY_CHANGE ; neg=1232 modal=keep
  0343 SOURCE * of $RIGHTS for TARGET ; neg=1233 modal=keep
  0343 SOURCE * of $RIGHTS to TARGET ; neg=1233 modal=keep
  0344 SOURCE * of $INSTITUTIONAL_REFORM ; neg=1234 modal=keep
  035  SOURCE * of $CONCESSION to TARGET ; neg=124 modal=keep
  035  SOURCE * of $CONCESSION ; neg=124 modal=keep
  035  SOURCE * of compensation to TARGET ; neg=124 modal=keep
  0351 SOURCE * of $LIFTING of $RESTRICTIONS ; neg=1241 modal=keep
  0353 SOURCE * of $RELEASE of $PRISONERS ; neg=1243 modal=keep
  0353 SOURCE * of $RELEASE of TARGET ; neg=1243 modal=keep conf=0.8
  0353 SOURCE * of $RELEASE ; neg=1243 modal=keep
  0354 SOURCE * of $LIFTING of $SANCTIONS on TARGET ; neg=1244 modal=keep
  0354 SOURCE * of $LIFTING of $SANCTIONS ; neg=1244 modal=keep
  0355 SOURCE * of $ACCESS to $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * of $ACCESS for $INTERNATIONAL_PRESENCE ; neg=1245 modal=keep
  0355 SOURCE * of $ACCESS ; neg=1245 modal=keep
  0356 SOURCE * of $WITHDRAWAL from TARGET ; neg=1246 modal=keep
  0356 SOURCE * of $WITHDRAWAL of $TROOPS ; neg=1246 modal=keep
  0356 SOURCE * of $WITHDRAWAL ; neg=1246 modal=keep
  0356 SOURCE * of $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 SOURCE * of $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * of $DEESCALATION ; neg=1246 modal=keep
  0356 SOURCE * of $END to $FIGHTING ; neg=1246 modal=keep
  0356 SOURCE * of $END to $ATTACK ; neg=1246 modal=keep
  036  SOURCE * of $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * of $MEETING with TARGET ; neg=125 modal=keep
  036  SOURCE * of $VISIT to TARGET ; neg=125 modal=keep
  036  SOURCE * of $TALKS ; neg=125 modal=keep recip
  037  SOURCE * of $PEACE with TARGET ; neg=127 modal=keep
  037  SOURCE * of $PEACE ; neg=127 modal=keep
  038  SOURCE * of $MEDIATION of TARGET ; neg=126 modal=keep
  038  SOURCE * of $MEDIATION by TARGET ; neg=126 modal=keep
  039  SOURCE * of $MEDIATION between TARGET and _ ; modal=keep
  039  SOURCE * of $MEDIATION in _ ; modal=keep
  039  SOURCE * of $MEDIATION ; modal=keep
  030  SOURCE * of $COOPERATION with TARGET ; neg=120 modal=keep
  0311 SOURCE * for $ECONOMIC_COOPERATION with TARGET ; neg=1211 modal=keep
  0312 SOURCE * for $SECURITY_COOPERATION with TARGET ; neg=1212 modal=keep
  0356 SOURCE * for $WITHDRAWAL from TARGET ; neg=1246 modal=keep
  0356 SOURCE * for $WITHDRAWAL of $TROOPS ; neg=1246 modal=keep
  0356 SOURCE * for $WITHDRAWAL ; neg=1246 modal=keep
  0356 SOURCE * for $CEASEFIRE with TARGET ; neg=1246 modal=keep
  0356 SOURCE * for $CEASEFIRE ; neg=1246 modal=keep
  0356 SOURCE * for $DEESCALATION ; neg=1246 modal=keep
  0356 SOURCE * for $END to $FIGHTING ; neg=1246 modal=keep
  0356 SOURCE * for $END to $ATTACK ; neg=1246 modal=keep
  036  SOURCE * for $TALKS with TARGET ; neg=125 modal=keep
  036  SOURCE * for $MEETING with TARGET ; neg=125 modal=keep
  036  SOURCE * for $VISIT to TARGET ; neg=125 modal=keep
  036  SOURCE * for $TALKS ; neg=125 modal=keep recip
  037  SOURCE * for $PEACE with TARGET ; neg=127 modal=keep
  037  SOURCE * for $PEACE ; neg=127 modal=keep
  039  SOURCE * for $MEDIATION between TARGET and _ ; modal=keep
  039  SOURCE * for $MEDIATION in _ ; modal=keep
  039  SOURCE * for $MEDIATION ; modal=keep
  030  SOURCE * for $COOPERATION with TARGET ; neg=120 modal=keep

# ---------------------------------------------------------------------------
# Invitations: "invited the Iraqi premier to visit Washington"
# ---------------------------------------------------------------------------

[verb] invite
  # The inviting party expresses intent to meet / host (036).
  036  * TARGET to visit _ ; neg=125 modal=keep
  036  * TARGET to visit ; neg=125 modal=keep
  036  * TARGET to $MEETING ; neg=125 modal=keep
  036  * TARGET to $TALKS ; neg=125 modal=keep
  036  * TARGET for $TALKS ; neg=125 modal=keep
  036  * TARGET for $VISIT ; neg=125 modal=keep
  036  * TARGET to $MEET_V ; neg=125 modal=keep
  036  * TARGET to _ ; neg=125 modal=keep conf=0.7

[noun] invitation | invite
  # "Putin's invitation to Erdogan"
  036  SOURCE * to TARGET to visit _ ; neg=125 modal=keep
  036  SOURCE * to TARGET to $MEETING ; neg=125 modal=keep
  036  SOURCE * to TARGET ; neg=125 modal=keep

[verb] accept | take up
  # "accepted an invitation to visit Moscow": the accepting party intends
  # to meet the inviter; "accepted mediation by Qatar" 038.
  036  * invitation from TARGET ; neg=125 modal=keep
  036  * invitation of TARGET ; neg=125 modal=keep
  036  * invitation TARGET ; neg=125 modal=keep
  036  * invitation to visit TARGET ; neg=125 modal=keep
  036  * invitation to TARGET ; neg=125 modal=keep
  036  * offer of $TALKS from TARGET ; neg=125 modal=keep
  036  * offer of $TALKS ; neg=125 modal=keep
  038  * $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $MEDIATION by TARGET ; neg=126 modal=keep
  038  * $MEDIATION from TARGET ; neg=126 modal=keep
  038  * $MEDIATION TARGET ; neg=126 modal=keep
  038  * offer of $MEDIATION from TARGET ; neg=126 modal=keep
  038  * $MEDIATION ; neg=126 modal=keep
  038  * TARGET as $MEDIATOR ; neg=126 modal=keep
  0355 * $PEACEKEEPERS ; neg=1245 modal=keep
  0355 * $INSPECTORS ; neg=1245 modal=keep
  0355 * $INSPECTION ; neg=1245 modal=keep

[verb] welcome
  # "welcomed mediation by Egypt": the party in conflict accepts it (038).
  038  * $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $MEDIATION by TARGET ; neg=126 modal=keep
  038  * $MEDIATION TARGET ; neg=126 modal=keep
  038  * offer of $MEDIATION from TARGET ; neg=126 modal=keep
  038  * offer of $MEDIATION by TARGET ; neg=126 modal=keep

[verb] seek
  # "sought talks with Iran": the party's own wish to meet (036).
  036  * $TALKS with TARGET ; neg=125 modal=keep
  036  * $MEETING with TARGET ; neg=125 modal=keep
  037  * $PEACE with TARGET ; neg=127 modal=keep
  038  * $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $MEDIATION by TARGET ; neg=126 modal=keep
  038  * $MEDIATION ; neg=126 modal=keep

[verb] request
  # "requested a meeting with the president": the requester intends to meet.
  036  * $MEETING with TARGET ; neg=125 modal=keep
  036  * $TALKS with TARGET ; neg=125 modal=keep
  036  * $VISIT to TARGET ; neg=125 modal=keep
  038  * $MEDIATION of TARGET ; neg=126 modal=keep
  038  * $MEDIATION by TARGET ; neg=126 modal=keep

