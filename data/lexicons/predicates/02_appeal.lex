# CAMEO root 02 -- APPEAL (020-028).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Appeals are requests, proposals and suggestions: "urge", "ask", "appeal",
# "plead", "encourage", "call on X to", and the verb "call for X" (the CAMEO
# manual codes "called for a ceasefire" as 0256, "called for the withdrawal
# of ..." as 0256).  Forceful demands ("demand", "insist", "press for",
# "order X to", and the noun "calls for X") are root 10 (10_demand.lex).  The code follows what is asked for:
#   material cooperation 021x, policy support 022, aid 023x, reform 024x,
#   yielding 025x (release 0253, sanctions 0254, access 0255,
#   de-escalation 0256), negotiation 026, settlement 027, mediation 028.
# The target is the addressee of the appeal ("urged Israel to ...");
# for 026/027 the parties urged to talk or settle.  026-028 are for third
# parties; a party's own wish to talk or settle is 036/037 (03_intent.lex).
#
# The same complements appear under each syntactic frame: "urged X to",
# "called on X to", "appealed to X to", "pleaded with X to"; and the same
# objects under "urged X", "appealed for X", "asked X for Y".

# ---------------------------------------------------------------------------
# "urged / asked / encouraged X to do Y"
# ---------------------------------------------------------------------------

[verb] urge | encourage | implore | beseech | entreat | exhort | advise | counsel | prod | nudge | persuade | beg | ask | request | lobby | petition | want | wish
  # "urged Israel to show restraint", "asked Japan to provide loans"; a
  # stated wish that another actor act is an appeal to it ("Sharon wants
  # Germany to pay more compensation"); the subject's own wish ("wants to
  # pay") is an intention (03_intent.lex).
  0211 * TARGET to $BOOST_V $ECONOMIC_COOPERATION
  0211 * TARGET to invest in _
  0211 * TARGET to trade with _
  0212 * TARGET to $BOOST_V $SECURITY_COOPERATION
  0212 * TARGET to join coalition ; conf=0.8
  0212 * TARGET to join alliance ; conf=0.8
  0213 * TARGET to extradite _
  0213 * TARGET to $BOOST_V $JUDICIAL_COOPERATION
  0213 * TARGET to cooperate with tribunal
  0213 * TARGET to cooperate with court
  0214 * TARGET to share $INTELLIGENCE
  0214 * TARGET to provide $INTELLIGENCE
  022  * TARGET to support _ ; conf=0.9
  022  * TARGET to back _ ; conf=0.9
  022  * TARGET to endorse _
  022  * TARGET to recognize _
  022  * TARGET to recognise _
  022  * TARGET to $BOOST_V $DIPLOMATIC_COOPERATION
  0231 * TARGET to $PROVIDE_V $ECONOMIC_AID
  0231 * TARGET to cancel debt
  0231 * TARGET to forgive debt
  0232 * TARGET to $PROVIDE_V $MILITARY_AID
  0232 * TARGET to arm _
  0233 * TARGET to $PROVIDE_V $HUMANITARIAN_AID
  0233 * TARGET to take in $REFUGEES
  0233 * TARGET to accept $REFUGEES
  0233 * TARGET to admit $REFUGEES
  0233 * TARGET to grant $ASYLUM
  0234 * TARGET to $PROVIDE_V $PROTECTION
  0234 * TARGET to deploy $PEACEKEEPERS
  0234 * TARGET to protect civilian ; conf=0.8
  023  * TARGET to $PROVIDE_V $AID
  023  * TARGET to help _ ; conf=0.8
  023  * TARGET to assist _ ; conf=0.8
  024  * TARGET to implement $REFORM
  024  * TARGET to carry out $REFORM
  024  * TARGET to undertake $REFORM
  024  * TARGET to pursue $REFORM
  024  * TARGET to reform _
  0241 * TARGET to $RESIGN_V
  0241 * TARGET to hold $ELECTIONS
  0241 * TARGET to call $ELECTIONS
  0241 * TARGET to organize $ELECTIONS
  0241 * TARGET to transfer power
  0241 * TARGET to cede power
  0242 * TARGET to change policy
  0242 * TARGET to reverse decision
  0242 * TARGET to reconsider decision
  0242 * TARGET to reverse _ ; conf=0.8
  0242 * TARGET to reconsider _ ; conf=0.8
  0242 * TARGET to rethink _ ; conf=0.8
  0242 * TARGET to revise _ ; conf=0.7
  0242 * TARGET to abandon plan
  0242 * TARGET to scrap plan
  0242 * TARGET to drop plan
  0243 * TARGET to respect $RIGHTS
  0243 * TARGET to protect $RIGHTS
  0243 * TARGET to guarantee $RIGHTS
  0243 * TARGET to uphold $RIGHTS
  0243 * TARGET to grant $RIGHTS
  0243 * TARGET to ensure $RIGHTS
  0244 * TARGET to amend constitution
  0244 * TARGET to implement $INSTITUTIONAL_REFORM
  0244 * TARGET to adopt $INSTITUTIONAL_REFORM
  0244 * TARGET to democratize
  0244 * TARGET to democratise
  025  * TARGET to make $CONCESSION
  025  * TARGET to yield
  025  * TARGET to compromise
  025  * TARGET to back down
  025  * TARGET to give in
  025  * TARGET to show flexibility
  025  * TARGET to comply with _ ; conf=0.8
  0251 * TARGET to $LIFT_V $RESTRICTIONS
  0252 * TARGET to $STOP_V $PROTEST
  0252 * TARGET to disperse
  0252 * TARGET to postpone $PROTEST
  0253 * TARGET to $RELEASE_V $PRISONERS
  0253 * TARGET to $RELEASE_V $PROPERTY
  0253 * TARGET to $RELEASE_V _ ; conf=0.8
  0254 * TARGET to $LIFT_V $SANCTIONS
  0255 * TARGET to $ALLOW_V $ACCESS
  0255 * TARGET to provide $ACCESS
  0255 * TARGET to open _ to $INTERNATIONAL_PRESENCE
  0255 * TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  0255 * TARGET to cooperate with $INSPECTORS
  0256 * TARGET to $DEESCALATE_V
  0256 * TARGET to $WITHDRAW $TROOPS
  0256 * TARGET to $WITHDRAW from _
  0256 * TARGET to observe $CEASEFIRE
  0256 * TARGET to respect $CEASEFIRE
  0256 * TARGET to accept $CEASEFIRE
  0256 * TARGET to agree to $CEASEFIRE
  0256 * TARGET to declare $CEASEFIRE
  0256 * TARGET to $STOP_V $ATTACK
  0256 * TARGET to $STOP_V $FIGHTING
  0256 * TARGET to exercise restraint
  0256 * TARGET to show restraint
  0256 * TARGET to $LIFT_V $BLOCKADE
  0256 * TARGET to $STOP_V $OCCUPATION
  0256 * TARGET to avoid escalation
  0256 * TARGET to de-escalate tension
  026  * TARGET to $NEGOTIATE_V with _
  026  * TARGET to $NEGOTIATE_V
  026  * TARGET to return to $TALKS
  026  * TARGET to resume $TALKS
  026  * TARGET to $ENGAGE_V in $TALKS
  026  * TARGET to hold $TALKS
  026  * TARGET to meet with _ ; conf=0.8
  026  * TARGET to sit down with _
  027  * TARGET to settle _ ; conf=0.9
  027  * TARGET to resolve _ ; conf=0.9
  027  * TARGET to reach $AGREEMENT
  027  * TARGET to make peace
  027  * TARGET to reconcile
  027  * TARGET to find $PEACE
  027  * TARGET to seek $PEACE
  028  * TARGET to accept $MEDIATION
  028  * TARGET to mediate
  028  * TARGET to act as $MEDIATOR
  028  * TARGET to seek $MEDIATION
  021  * TARGET to $BOOST_V cooperation with _ ; conf=0.8
  020  * TARGET to $COOPERATE_V with _
  020  * TARGET to _ ; conf=0.8

# ---------------------------------------------------------------------------
# "called on X to do Y" (call for X: below, with "appeal for X")
# ---------------------------------------------------------------------------

[verb] call
  # "called on Iran to release the sailors"
  0211 * on TARGET to $BOOST_V $ECONOMIC_COOPERATION
  0211 * on TARGET to invest in _
  0211 * on TARGET to trade with _
  0212 * on TARGET to $BOOST_V $SECURITY_COOPERATION
  0212 * on TARGET to join coalition ; conf=0.8
  0212 * on TARGET to join alliance ; conf=0.8
  0213 * on TARGET to extradite _
  0213 * on TARGET to $BOOST_V $JUDICIAL_COOPERATION
  0213 * on TARGET to cooperate with tribunal
  0213 * on TARGET to cooperate with court
  0214 * on TARGET to share $INTELLIGENCE
  0214 * on TARGET to provide $INTELLIGENCE
  022  * on TARGET to support _ ; conf=0.9
  022  * on TARGET to back _ ; conf=0.9
  022  * on TARGET to endorse _
  022  * on TARGET to recognize _
  022  * on TARGET to recognise _
  022  * on TARGET to $BOOST_V $DIPLOMATIC_COOPERATION
  0231 * on TARGET to $PROVIDE_V $ECONOMIC_AID
  0231 * on TARGET to cancel debt
  0231 * on TARGET to forgive debt
  0232 * on TARGET to $PROVIDE_V $MILITARY_AID
  0232 * on TARGET to arm _
  0233 * on TARGET to $PROVIDE_V $HUMANITARIAN_AID
  0233 * on TARGET to take in $REFUGEES
  0233 * on TARGET to accept $REFUGEES
  0233 * on TARGET to admit $REFUGEES
  0233 * on TARGET to grant $ASYLUM
  0234 * on TARGET to $PROVIDE_V $PROTECTION
  0234 * on TARGET to deploy $PEACEKEEPERS
  0234 * on TARGET to protect civilian ; conf=0.8
  023  * on TARGET to $PROVIDE_V $AID
  023  * on TARGET to help _ ; conf=0.8
  023  * on TARGET to assist _ ; conf=0.8
  024  * on TARGET to implement $REFORM
  024  * on TARGET to carry out $REFORM
  024  * on TARGET to undertake $REFORM
  024  * on TARGET to pursue $REFORM
  024  * on TARGET to reform _
  0241 * on TARGET to $RESIGN_V
  0241 * on TARGET to hold $ELECTIONS
  0241 * on TARGET to call $ELECTIONS
  0241 * on TARGET to organize $ELECTIONS
  0241 * on TARGET to transfer power
  0241 * on TARGET to cede power
  0242 * on TARGET to change policy
  0242 * on TARGET to reverse decision
  0242 * on TARGET to reconsider decision
  0242 * on TARGET to reverse _ ; conf=0.8
  0242 * on TARGET to reconsider _ ; conf=0.8
  0242 * on TARGET to rethink _ ; conf=0.8
  0242 * on TARGET to revise _ ; conf=0.7
  0242 * on TARGET to abandon plan
  0242 * on TARGET to scrap plan
  0242 * on TARGET to drop plan
  0243 * on TARGET to respect $RIGHTS
  0243 * on TARGET to protect $RIGHTS
  0243 * on TARGET to guarantee $RIGHTS
  0243 * on TARGET to uphold $RIGHTS
  0243 * on TARGET to grant $RIGHTS
  0243 * on TARGET to ensure $RIGHTS
  0244 * on TARGET to amend constitution
  0244 * on TARGET to implement $INSTITUTIONAL_REFORM
  0244 * on TARGET to adopt $INSTITUTIONAL_REFORM
  0244 * on TARGET to democratize
  0244 * on TARGET to democratise
  025  * on TARGET to make $CONCESSION
  025  * on TARGET to yield
  025  * on TARGET to compromise
  025  * on TARGET to back down
  025  * on TARGET to give in
  025  * on TARGET to show flexibility
  025  * on TARGET to comply with _ ; conf=0.8
  0251 * on TARGET to $LIFT_V $RESTRICTIONS
  0252 * on TARGET to $STOP_V $PROTEST
  0252 * on TARGET to disperse
  0252 * on TARGET to postpone $PROTEST
  0253 * on TARGET to $RELEASE_V $PRISONERS
  0253 * on TARGET to $RELEASE_V $PROPERTY
  0253 * on TARGET to $RELEASE_V _ ; conf=0.8
  0254 * on TARGET to $LIFT_V $SANCTIONS
  0255 * on TARGET to $ALLOW_V $ACCESS
  0255 * on TARGET to provide $ACCESS
  0255 * on TARGET to open _ to $INTERNATIONAL_PRESENCE
  0255 * on TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  0255 * on TARGET to cooperate with $INSPECTORS
  0256 * on TARGET to $DEESCALATE_V
  0256 * on TARGET to $WITHDRAW $TROOPS
  0256 * on TARGET to $WITHDRAW from _
  0256 * on TARGET to observe $CEASEFIRE
  0256 * on TARGET to respect $CEASEFIRE
  0256 * on TARGET to accept $CEASEFIRE
  0256 * on TARGET to agree to $CEASEFIRE
  0256 * on TARGET to declare $CEASEFIRE
  0256 * on TARGET to $STOP_V $ATTACK
  0256 * on TARGET to $STOP_V $FIGHTING
  0256 * on TARGET to exercise restraint
  0256 * on TARGET to show restraint
  0256 * on TARGET to $LIFT_V $BLOCKADE
  0256 * on TARGET to $STOP_V $OCCUPATION
  0256 * on TARGET to avoid escalation
  0256 * on TARGET to de-escalate tension
  026  * on TARGET to $NEGOTIATE_V with _
  026  * on TARGET to $NEGOTIATE_V
  026  * on TARGET to return to $TALKS
  026  * on TARGET to resume $TALKS
  026  * on TARGET to $ENGAGE_V in $TALKS
  026  * on TARGET to hold $TALKS
  026  * on TARGET to meet with _ ; conf=0.8
  026  * on TARGET to sit down with _
  027  * on TARGET to settle _ ; conf=0.9
  027  * on TARGET to resolve _ ; conf=0.9
  027  * on TARGET to reach $AGREEMENT
  027  * on TARGET to make peace
  027  * on TARGET to reconcile
  027  * on TARGET to find $PEACE
  027  * on TARGET to seek $PEACE
  028  * on TARGET to accept $MEDIATION
  028  * on TARGET to mediate
  028  * on TARGET to act as $MEDIATOR
  028  * on TARGET to seek $MEDIATION
  021  * on TARGET to $BOOST_V cooperation with _ ; conf=0.8
  020  * on TARGET to $COOPERATE_V with _
  020  * on TARGET to _ ; conf=0.8
  0253 * upon TARGET to $RELEASE_V $PRISONERS
  0253 * upon TARGET to $RELEASE_V $PROPERTY
  0253 * upon TARGET to $RELEASE_V _ ; conf=0.8
  0256 * upon TARGET to $DEESCALATE_V
  0256 * upon TARGET to $WITHDRAW $TROOPS
  0256 * upon TARGET to $WITHDRAW from _
  0256 * upon TARGET to observe $CEASEFIRE
  0256 * upon TARGET to respect $CEASEFIRE
  0256 * upon TARGET to accept $CEASEFIRE
  0256 * upon TARGET to agree to $CEASEFIRE
  0256 * upon TARGET to declare $CEASEFIRE
  0256 * upon TARGET to $STOP_V $ATTACK
  0256 * upon TARGET to $STOP_V $FIGHTING
  0256 * upon TARGET to exercise restraint
  0256 * upon TARGET to show restraint
  0256 * upon TARGET to $LIFT_V $BLOCKADE
  0256 * upon TARGET to $STOP_V $OCCUPATION
  0256 * upon TARGET to avoid escalation
  0256 * upon TARGET to de-escalate tension
  026  * upon TARGET to $NEGOTIATE_V with _
  026  * upon TARGET to $NEGOTIATE_V
  026  * upon TARGET to return to $TALKS
  026  * upon TARGET to resume $TALKS
  026  * upon TARGET to $ENGAGE_V in $TALKS
  026  * upon TARGET to hold $TALKS
  026  * upon TARGET to meet with _ ; conf=0.8
  026  * upon TARGET to sit down with _
  027  * upon TARGET to settle _ ; conf=0.9
  027  * upon TARGET to resolve _ ; conf=0.9
  027  * upon TARGET to reach $AGREEMENT
  027  * upon TARGET to make peace
  027  * upon TARGET to reconcile
  027  * upon TARGET to find $PEACE
  027  * upon TARGET to seek $PEACE
  020  * upon TARGET to $COOPERATE_V with _
  020  * upon TARGET to _ ; conf=0.8

# ---------------------------------------------------------------------------
# "appealed to X to do Y", "pleaded with X to do Y"
# ---------------------------------------------------------------------------

[verb] appeal
  # "appealed to the UN to send peacekeepers"
  0211 * to TARGET to $BOOST_V $ECONOMIC_COOPERATION
  0211 * to TARGET to invest in _
  0211 * to TARGET to trade with _
  0212 * to TARGET to $BOOST_V $SECURITY_COOPERATION
  0212 * to TARGET to join coalition ; conf=0.8
  0212 * to TARGET to join alliance ; conf=0.8
  0213 * to TARGET to extradite _
  0213 * to TARGET to $BOOST_V $JUDICIAL_COOPERATION
  0213 * to TARGET to cooperate with tribunal
  0213 * to TARGET to cooperate with court
  0214 * to TARGET to share $INTELLIGENCE
  0214 * to TARGET to provide $INTELLIGENCE
  022  * to TARGET to support _ ; conf=0.9
  022  * to TARGET to back _ ; conf=0.9
  022  * to TARGET to endorse _
  022  * to TARGET to recognize _
  022  * to TARGET to recognise _
  022  * to TARGET to $BOOST_V $DIPLOMATIC_COOPERATION
  0231 * to TARGET to $PROVIDE_V $ECONOMIC_AID
  0231 * to TARGET to cancel debt
  0231 * to TARGET to forgive debt
  0232 * to TARGET to $PROVIDE_V $MILITARY_AID
  0232 * to TARGET to arm _
  0233 * to TARGET to $PROVIDE_V $HUMANITARIAN_AID
  0233 * to TARGET to take in $REFUGEES
  0233 * to TARGET to accept $REFUGEES
  0233 * to TARGET to admit $REFUGEES
  0233 * to TARGET to grant $ASYLUM
  0234 * to TARGET to $PROVIDE_V $PROTECTION
  0234 * to TARGET to deploy $PEACEKEEPERS
  0234 * to TARGET to protect civilian ; conf=0.8
  023  * to TARGET to $PROVIDE_V $AID
  023  * to TARGET to help _ ; conf=0.8
  023  * to TARGET to assist _ ; conf=0.8
  024  * to TARGET to implement $REFORM
  024  * to TARGET to carry out $REFORM
  024  * to TARGET to undertake $REFORM
  024  * to TARGET to pursue $REFORM
  024  * to TARGET to reform _
  0241 * to TARGET to $RESIGN_V
  0241 * to TARGET to hold $ELECTIONS
  0241 * to TARGET to call $ELECTIONS
  0241 * to TARGET to organize $ELECTIONS
  0241 * to TARGET to transfer power
  0241 * to TARGET to cede power
  0242 * to TARGET to change policy
  0242 * to TARGET to reverse decision
  0242 * to TARGET to reconsider decision
  0242 * to TARGET to reverse _ ; conf=0.8
  0242 * to TARGET to reconsider _ ; conf=0.8
  0242 * to TARGET to rethink _ ; conf=0.8
  0242 * to TARGET to revise _ ; conf=0.7
  0242 * to TARGET to abandon plan
  0242 * to TARGET to scrap plan
  0242 * to TARGET to drop plan
  0243 * to TARGET to respect $RIGHTS
  0243 * to TARGET to protect $RIGHTS
  0243 * to TARGET to guarantee $RIGHTS
  0243 * to TARGET to uphold $RIGHTS
  0243 * to TARGET to grant $RIGHTS
  0243 * to TARGET to ensure $RIGHTS
  0244 * to TARGET to amend constitution
  0244 * to TARGET to implement $INSTITUTIONAL_REFORM
  0244 * to TARGET to adopt $INSTITUTIONAL_REFORM
  0244 * to TARGET to democratize
  0244 * to TARGET to democratise
  025  * to TARGET to make $CONCESSION
  025  * to TARGET to yield
  025  * to TARGET to compromise
  025  * to TARGET to back down
  025  * to TARGET to give in
  025  * to TARGET to show flexibility
  025  * to TARGET to comply with _ ; conf=0.8
  0251 * to TARGET to $LIFT_V $RESTRICTIONS
  0252 * to TARGET to $STOP_V $PROTEST
  0252 * to TARGET to disperse
  0252 * to TARGET to postpone $PROTEST
  0253 * to TARGET to $RELEASE_V $PRISONERS
  0253 * to TARGET to $RELEASE_V $PROPERTY
  0253 * to TARGET to $RELEASE_V _ ; conf=0.8
  0254 * to TARGET to $LIFT_V $SANCTIONS
  0255 * to TARGET to $ALLOW_V $ACCESS
  0255 * to TARGET to provide $ACCESS
  0255 * to TARGET to open _ to $INTERNATIONAL_PRESENCE
  0255 * to TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  0255 * to TARGET to cooperate with $INSPECTORS
  0256 * to TARGET to $DEESCALATE_V
  0256 * to TARGET to $WITHDRAW $TROOPS
  0256 * to TARGET to $WITHDRAW from _
  0256 * to TARGET to observe $CEASEFIRE
  0256 * to TARGET to respect $CEASEFIRE
  0256 * to TARGET to accept $CEASEFIRE
  0256 * to TARGET to agree to $CEASEFIRE
  0256 * to TARGET to declare $CEASEFIRE
  0256 * to TARGET to $STOP_V $ATTACK
  0256 * to TARGET to $STOP_V $FIGHTING
  0256 * to TARGET to exercise restraint
  0256 * to TARGET to show restraint
  0256 * to TARGET to $LIFT_V $BLOCKADE
  0256 * to TARGET to $STOP_V $OCCUPATION
  0256 * to TARGET to avoid escalation
  0256 * to TARGET to de-escalate tension
  026  * to TARGET to $NEGOTIATE_V with _
  026  * to TARGET to $NEGOTIATE_V
  026  * to TARGET to return to $TALKS
  026  * to TARGET to resume $TALKS
  026  * to TARGET to $ENGAGE_V in $TALKS
  026  * to TARGET to hold $TALKS
  026  * to TARGET to meet with _ ; conf=0.8
  026  * to TARGET to sit down with _
  027  * to TARGET to settle _ ; conf=0.9
  027  * to TARGET to resolve _ ; conf=0.9
  027  * to TARGET to reach $AGREEMENT
  027  * to TARGET to make peace
  027  * to TARGET to reconcile
  027  * to TARGET to find $PEACE
  027  * to TARGET to seek $PEACE
  028  * to TARGET to accept $MEDIATION
  028  * to TARGET to mediate
  028  * to TARGET to act as $MEDIATOR
  028  * to TARGET to seek $MEDIATION
  021  * to TARGET to $BOOST_V cooperation with _ ; conf=0.8
  020  * to TARGET to $COOPERATE_V with _
  020  * to TARGET to _ ; conf=0.8

[verb] plead
  # "pleaded with the kidnappers to free the hostages"
  0211 * with TARGET to $BOOST_V $ECONOMIC_COOPERATION
  0211 * with TARGET to invest in _
  0211 * with TARGET to trade with _
  0212 * with TARGET to $BOOST_V $SECURITY_COOPERATION
  0212 * with TARGET to join coalition ; conf=0.8
  0212 * with TARGET to join alliance ; conf=0.8
  0213 * with TARGET to extradite _
  0213 * with TARGET to $BOOST_V $JUDICIAL_COOPERATION
  0213 * with TARGET to cooperate with tribunal
  0213 * with TARGET to cooperate with court
  0214 * with TARGET to share $INTELLIGENCE
  0214 * with TARGET to provide $INTELLIGENCE
  022  * with TARGET to support _ ; conf=0.9
  022  * with TARGET to back _ ; conf=0.9
  022  * with TARGET to endorse _
  022  * with TARGET to recognize _
  022  * with TARGET to recognise _
  022  * with TARGET to $BOOST_V $DIPLOMATIC_COOPERATION
  0231 * with TARGET to $PROVIDE_V $ECONOMIC_AID
  0231 * with TARGET to cancel debt
  0231 * with TARGET to forgive debt
  0232 * with TARGET to $PROVIDE_V $MILITARY_AID
  0232 * with TARGET to arm _
  0233 * with TARGET to $PROVIDE_V $HUMANITARIAN_AID
  0233 * with TARGET to take in $REFUGEES
  0233 * with TARGET to accept $REFUGEES
  0233 * with TARGET to admit $REFUGEES
  0233 * with TARGET to grant $ASYLUM
  0234 * with TARGET to $PROVIDE_V $PROTECTION
  0234 * with TARGET to deploy $PEACEKEEPERS
  0234 * with TARGET to protect civilian ; conf=0.8
  023  * with TARGET to $PROVIDE_V $AID
  023  * with TARGET to help _ ; conf=0.8
  023  * with TARGET to assist _ ; conf=0.8
  024  * with TARGET to implement $REFORM
  024  * with TARGET to carry out $REFORM
  024  * with TARGET to undertake $REFORM
  024  * with TARGET to pursue $REFORM
  024  * with TARGET to reform _
  0241 * with TARGET to $RESIGN_V
  0241 * with TARGET to hold $ELECTIONS
  0241 * with TARGET to call $ELECTIONS
  0241 * with TARGET to organize $ELECTIONS
  0241 * with TARGET to transfer power
  0241 * with TARGET to cede power
  0242 * with TARGET to change policy
  0242 * with TARGET to reverse decision
  0242 * with TARGET to reconsider decision
  0242 * with TARGET to reverse _ ; conf=0.8
  0242 * with TARGET to reconsider _ ; conf=0.8
  0242 * with TARGET to rethink _ ; conf=0.8
  0242 * with TARGET to revise _ ; conf=0.7
  0242 * with TARGET to abandon plan
  0242 * with TARGET to scrap plan
  0242 * with TARGET to drop plan
  0243 * with TARGET to respect $RIGHTS
  0243 * with TARGET to protect $RIGHTS
  0243 * with TARGET to guarantee $RIGHTS
  0243 * with TARGET to uphold $RIGHTS
  0243 * with TARGET to grant $RIGHTS
  0243 * with TARGET to ensure $RIGHTS
  0244 * with TARGET to amend constitution
  0244 * with TARGET to implement $INSTITUTIONAL_REFORM
  0244 * with TARGET to adopt $INSTITUTIONAL_REFORM
  0244 * with TARGET to democratize
  0244 * with TARGET to democratise
  025  * with TARGET to make $CONCESSION
  025  * with TARGET to yield
  025  * with TARGET to compromise
  025  * with TARGET to back down
  025  * with TARGET to give in
  025  * with TARGET to show flexibility
  025  * with TARGET to comply with _ ; conf=0.8
  0251 * with TARGET to $LIFT_V $RESTRICTIONS
  0252 * with TARGET to $STOP_V $PROTEST
  0252 * with TARGET to disperse
  0252 * with TARGET to postpone $PROTEST
  0253 * with TARGET to $RELEASE_V $PRISONERS
  0253 * with TARGET to $RELEASE_V $PROPERTY
  0253 * with TARGET to $RELEASE_V _ ; conf=0.8
  0254 * with TARGET to $LIFT_V $SANCTIONS
  0255 * with TARGET to $ALLOW_V $ACCESS
  0255 * with TARGET to provide $ACCESS
  0255 * with TARGET to open _ to $INTERNATIONAL_PRESENCE
  0255 * with TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  0255 * with TARGET to cooperate with $INSPECTORS
  0256 * with TARGET to $DEESCALATE_V
  0256 * with TARGET to $WITHDRAW $TROOPS
  0256 * with TARGET to $WITHDRAW from _
  0256 * with TARGET to observe $CEASEFIRE
  0256 * with TARGET to respect $CEASEFIRE
  0256 * with TARGET to accept $CEASEFIRE
  0256 * with TARGET to agree to $CEASEFIRE
  0256 * with TARGET to declare $CEASEFIRE
  0256 * with TARGET to $STOP_V $ATTACK
  0256 * with TARGET to $STOP_V $FIGHTING
  0256 * with TARGET to exercise restraint
  0256 * with TARGET to show restraint
  0256 * with TARGET to $LIFT_V $BLOCKADE
  0256 * with TARGET to $STOP_V $OCCUPATION
  0256 * with TARGET to avoid escalation
  0256 * with TARGET to de-escalate tension
  026  * with TARGET to $NEGOTIATE_V with _
  026  * with TARGET to $NEGOTIATE_V
  026  * with TARGET to return to $TALKS
  026  * with TARGET to resume $TALKS
  026  * with TARGET to $ENGAGE_V in $TALKS
  026  * with TARGET to hold $TALKS
  026  * with TARGET to meet with _ ; conf=0.8
  026  * with TARGET to sit down with _
  027  * with TARGET to settle _ ; conf=0.9
  027  * with TARGET to resolve _ ; conf=0.9
  027  * with TARGET to reach $AGREEMENT
  027  * with TARGET to make peace
  027  * with TARGET to reconcile
  027  * with TARGET to find $PEACE
  027  * with TARGET to seek $PEACE
  028  * with TARGET to accept $MEDIATION
  028  * with TARGET to mediate
  028  * with TARGET to act as $MEDIATOR
  028  * with TARGET to seek $MEDIATION
  021  * with TARGET to $BOOST_V cooperation with _ ; conf=0.8
  020  * with TARGET to $COOPERATE_V with _
  020  * with TARGET to _ ; conf=0.8

# ---------------------------------------------------------------------------
# "urged restraint", "encouraged dialogue between X and Y"
# ---------------------------------------------------------------------------

[verb] urge | encourage | advise | recommend | suggest | counsel
  # The object is the thing urged; 026-028 only for third parties.
  0211 * $ECONOMIC_COOPERATION with TARGET
  0212 * $SECURITY_COOPERATION with TARGET
  0213 * $JUDICIAL_COOPERATION with TARGET
  0213 * $EXTRADITION of _ from TARGET
  0214 * $INTELLIGENCE from TARGET
  021  * cooperation with TARGET ; conf=0.7
  022  * $SUPPORT from TARGET
  053  * $SUPPORT for TARGET
  0231 * $ECONOMIC_AID from TARGET
  0232 * $MILITARY_AID from TARGET
  0233 * $HUMANITARIAN_AID from TARGET
  0234 * $PROTECTION
  023  * $AID from TARGET
  0231 * $ECONOMIC_AID
  0232 * $MILITARY_AID
  0233 * $HUMANITARIAN_AID
  0233 * $ASYLUM
  0234 * $PEACEKEEPERS
  0234 * deployment of $PEACEKEEPERS
  023  * $AID
  024  * $REFORM in TARGET
  024  * $REFORM
  0241 * $RESIGNATION of TARGET
  0241 * $ELECTIONS in TARGET
  0241 * $ELECTIONS
  0242 * $POLICY_CHANGE
  0243 * respect for $RIGHTS
  0243 * $RIGHTS
  0244 * $INSTITUTIONAL_REFORM
  025  * $CONCESSION from TARGET
  025  * $CONCESSION
  025  * flexibility
  0251 * $LIFTING of $RESTRICTIONS
  0251 * $END to $RESTRICTIONS
  0252 * $END to $PROTEST
  0253 * $RELEASE of TARGET
  0253 * $RELEASE of $PRISONERS
  0253 * $RELEASE
  0254 * $LIFTING of $SANCTIONS
  0254 * $END to $SANCTIONS
  0255 * $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * $ACCESS
  0256 * $DEESCALATION of TARGET
  0256 * $DEESCALATION by TARGET
  0256 * $DEESCALATION
  0256 * $END to $FIGHTING
  0256 * $END to $ATTACK
  0256 * $END of $OCCUPATION
  0256 * $END to $OCCUPATION
  0256 * restraint
  026  * $TALKS between TARGET and _
  026  * $TALKS between _ and TARGET
  026  * $TALKS
  027  * $PEACE between TARGET and _
  027  * $PEACE between _ and TARGET
  027  * $PEACE
  028  * $MEDIATION by TARGET
  028  * $MEDIATION

[verb] request | seek | solicit
  # "requested aid from Japan": the addressee is the source of what is
  # asked.  A party seeking talks or peace for itself is 036/037
  # (03_intent.lex), so 026-028 are not listed here.
  0211 * $ECONOMIC_COOPERATION with TARGET
  0212 * $SECURITY_COOPERATION with TARGET
  0213 * $JUDICIAL_COOPERATION with TARGET
  0213 * $EXTRADITION of _ from TARGET
  0214 * $INTELLIGENCE from TARGET
  021  * cooperation with TARGET ; conf=0.7
  022  * $SUPPORT from TARGET
  053  * $SUPPORT for TARGET
  0231 * $ECONOMIC_AID from TARGET
  0232 * $MILITARY_AID from TARGET
  0233 * $HUMANITARIAN_AID from TARGET
  0234 * $PROTECTION
  023  * $AID from TARGET
  0231 * $ECONOMIC_AID
  0232 * $MILITARY_AID
  0233 * $HUMANITARIAN_AID
  0233 * $ASYLUM
  0234 * $PEACEKEEPERS
  0234 * deployment of $PEACEKEEPERS
  023  * $AID
  024  * $REFORM in TARGET
  024  * $REFORM
  0241 * $RESIGNATION of TARGET
  0241 * $ELECTIONS in TARGET
  0241 * $ELECTIONS
  0242 * $POLICY_CHANGE
  0243 * respect for $RIGHTS
  0243 * $RIGHTS
  0244 * $INSTITUTIONAL_REFORM
  025  * $CONCESSION from TARGET
  025  * $CONCESSION
  025  * flexibility
  0251 * $LIFTING of $RESTRICTIONS
  0251 * $END to $RESTRICTIONS
  0252 * $END to $PROTEST
  0253 * $RELEASE of TARGET
  0253 * $RELEASE of $PRISONERS
  0253 * $RELEASE
  0254 * $LIFTING of $SANCTIONS
  0254 * $END to $SANCTIONS
  0255 * $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * $ACCESS
  0256 * $DEESCALATION of TARGET
  0256 * $DEESCALATION by TARGET
  0256 * $DEESCALATION
  0256 * $END to $FIGHTING
  0256 * $END to $ATTACK
  0256 * $END of $OCCUPATION
  0256 * $END to $OCCUPATION
  0256 * restraint

# ---------------------------------------------------------------------------
# "appealed / asked / pleaded for X", "asked X for Y"
# ---------------------------------------------------------------------------

[verb] call
  # "called for X": the frames of "appeal for X" below, and these
  0256 * for $DEESCALATION TARGET         # "called for Israel's withdrawal"
  0241 * for $RESIGNATION TARGET
  026  * for $TALKS with TARGET           # "called for talks with the rebels"
  026  * for $MEETING with TARGET
  0244 * for $INDEPENDENCE
  021  * for $EXPLANATION ; conf=0.8
  022  * for $RECOGNITION
  0211 * for $ECONOMIC_COOPERATION
  0212 * for $SECURITY_COOPERATION
  0213 * for $JUDICIAL_COOPERATION
  0214 * for $INTELLIGENCE
  # "called for sanctions against X" asks third parties to punish X: 113
  # (rally opposition against), as "called for the isolation of Pyongyang".
  113  * for $ISOLATION of TARGET
  113  * for $SANCTIONS against TARGET
  113  * for $SANCTIONS on TARGET

[verb] appeal | plead | ask | beg | petition | lobby | call
  # "appealed for calm", "asked for international aid", "called for a
  # ceasefire"
  0211 * for $ECONOMIC_COOPERATION with TARGET
  0212 * for $SECURITY_COOPERATION with TARGET
  0213 * for $JUDICIAL_COOPERATION with TARGET
  0213 * for $EXTRADITION of _ from TARGET
  0214 * for $INTELLIGENCE from TARGET
  021  * for cooperation with TARGET ; conf=0.7
  022  * for $SUPPORT from TARGET
  053  * for $SUPPORT for TARGET
  0231 * for $ECONOMIC_AID from TARGET
  0232 * for $MILITARY_AID from TARGET
  0233 * for $HUMANITARIAN_AID from TARGET
  0234 * for $PROTECTION
  023  * for $AID from TARGET
  0231 * for $ECONOMIC_AID
  0232 * for $MILITARY_AID
  0233 * for $HUMANITARIAN_AID
  0233 * for $ASYLUM
  0234 * for $PEACEKEEPERS
  0234 * for deployment of $PEACEKEEPERS
  023  * for $AID
  024  * for $REFORM in TARGET
  024  * for $REFORM
  0241 * for $RESIGNATION of TARGET
  0241 * for $ELECTIONS in TARGET
  0241 * for $ELECTIONS
  0242 * for $POLICY_CHANGE
  0243 * for respect for $RIGHTS
  0243 * for $RIGHTS
  0244 * for $INSTITUTIONAL_REFORM
  025  * for $CONCESSION from TARGET
  025  * for $CONCESSION
  025  * for flexibility
  0251 * for $LIFTING of $RESTRICTIONS
  0251 * for $END to $RESTRICTIONS
  0252 * for $END to $PROTEST
  0253 * for $RELEASE of TARGET
  0253 * for $RELEASE of $PRISONERS
  0253 * for $RELEASE
  0254 * for $LIFTING of $SANCTIONS
  0254 * for $END to $SANCTIONS
  0255 * for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * for $ACCESS
  0256 * for $DEESCALATION of TARGET
  0256 * for $DEESCALATION by TARGET
  0256 * for $DEESCALATION
  0256 * for $END to $FIGHTING
  0256 * for $END to $ATTACK
  0256 * for $END of $OCCUPATION
  0256 * for $END to $OCCUPATION
  0256 * for restraint
  026  * for $TALKS between TARGET and _
  026  * for $TALKS between _ and TARGET
  026  * for $TALKS
  027  * for $PEACE between TARGET and _
  027  * for $PEACE between _ and TARGET
  027  * for $PEACE
  028  * for $MEDIATION by TARGET
  028  * for $MEDIATION

[verb] ask | beg | petition | lobby | approach
  # "asked the IMF for a loan", "approached Qatar for mediation"
  0211 * TARGET for $ECONOMIC_COOPERATION
  0212 * TARGET for $SECURITY_COOPERATION
  0213 * TARGET for $JUDICIAL_COOPERATION
  0213 * TARGET for $EXTRADITION of _
  0214 * TARGET for $INTELLIGENCE
  021  * TARGET for cooperation ; conf=0.7
  022  * TARGET for $SUPPORT
  0231 * TARGET for $ECONOMIC_AID
  0232 * TARGET for $MILITARY_AID
  0233 * TARGET for $HUMANITARIAN_AID
  0234 * TARGET for $PROTECTION
  023  * TARGET for $AID
  023  * TARGET for _ of $AID             # "asked the EC for immediate delivery of additional aid"
  0231 * TARGET for _ of $ECONOMIC_AID
  0232 * TARGET for _ of $MILITARY_AID
  0233 * TARGET for _ of $HUMANITARIAN_AID
  0233 * TARGET for $ASYLUM
  0234 * TARGET for $PEACEKEEPERS
  0234 * TARGET for deployment of $PEACEKEEPERS
  024  * TARGET for $REFORM
  0241 * TARGET for $ELECTIONS
  0242 * TARGET for $POLICY_CHANGE
  0243 * TARGET for respect for $RIGHTS
  0243 * TARGET for $RIGHTS
  0244 * TARGET for $INSTITUTIONAL_REFORM
  025  * TARGET for $CONCESSION
  025  * TARGET for flexibility
  0251 * TARGET for $LIFTING of $RESTRICTIONS
  0251 * TARGET for $END to $RESTRICTIONS
  0252 * TARGET for $END to $PROTEST
  0253 * TARGET for $RELEASE of $PRISONERS
  0253 * TARGET for $RELEASE
  0254 * TARGET for $LIFTING of $SANCTIONS
  0254 * TARGET for $END to $SANCTIONS
  0255 * TARGET for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * TARGET for $ACCESS
  0256 * TARGET for $DEESCALATION
  0256 * TARGET for $END to $FIGHTING
  0256 * TARGET for $END to $ATTACK
  0256 * TARGET for $END of $OCCUPATION
  0256 * TARGET for $END to $OCCUPATION
  0256 * TARGET for restraint
  026  * TARGET for $TALKS
  027  * TARGET for $PEACE
  028  * TARGET for $MEDIATION

[verb] appeal
  # "appealed to the world for food aid"
  0211 * to TARGET for $ECONOMIC_COOPERATION
  0212 * to TARGET for $SECURITY_COOPERATION
  0213 * to TARGET for $JUDICIAL_COOPERATION
  0213 * to TARGET for $EXTRADITION of _
  0214 * to TARGET for $INTELLIGENCE
  021  * to TARGET for cooperation ; conf=0.7
  022  * to TARGET for $SUPPORT
  0231 * to TARGET for $ECONOMIC_AID
  0232 * to TARGET for $MILITARY_AID
  0233 * to TARGET for $HUMANITARIAN_AID
  0234 * to TARGET for $PROTECTION
  023  * to TARGET for $AID
  0233 * to TARGET for $ASYLUM
  0234 * to TARGET for $PEACEKEEPERS
  0234 * to TARGET for deployment of $PEACEKEEPERS
  024  * to TARGET for $REFORM
  0241 * to TARGET for $ELECTIONS
  0242 * to TARGET for $POLICY_CHANGE
  0243 * to TARGET for respect for $RIGHTS
  0243 * to TARGET for $RIGHTS
  0244 * to TARGET for $INSTITUTIONAL_REFORM
  025  * to TARGET for $CONCESSION
  025  * to TARGET for flexibility
  0251 * to TARGET for $LIFTING of $RESTRICTIONS
  0251 * to TARGET for $END to $RESTRICTIONS
  0252 * to TARGET for $END to $PROTEST
  0253 * to TARGET for $RELEASE of $PRISONERS
  0253 * to TARGET for $RELEASE
  0254 * to TARGET for $LIFTING of $SANCTIONS
  0254 * to TARGET for $END to $SANCTIONS
  0255 * to TARGET for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * to TARGET for $ACCESS
  0256 * to TARGET for $DEESCALATION
  0256 * to TARGET for $END to $FIGHTING
  0256 * to TARGET for $END to $ATTACK
  0256 * to TARGET for $END of $OCCUPATION
  0256 * to TARGET for $END to $OCCUPATION
  0256 * to TARGET for restraint
  026  * to TARGET for $TALKS
  027  * to TARGET for $PEACE
  028  * to TARGET for $MEDIATION

[verb] plead
  # "pleaded with donors for help"
  0211 * with TARGET for $ECONOMIC_COOPERATION
  0212 * with TARGET for $SECURITY_COOPERATION
  0213 * with TARGET for $JUDICIAL_COOPERATION
  0213 * with TARGET for $EXTRADITION of _
  0214 * with TARGET for $INTELLIGENCE
  021  * with TARGET for cooperation ; conf=0.7
  022  * with TARGET for $SUPPORT
  0231 * with TARGET for $ECONOMIC_AID
  0232 * with TARGET for $MILITARY_AID
  0233 * with TARGET for $HUMANITARIAN_AID
  0234 * with TARGET for $PROTECTION
  023  * with TARGET for $AID
  0233 * with TARGET for $ASYLUM
  0234 * with TARGET for $PEACEKEEPERS
  0234 * with TARGET for deployment of $PEACEKEEPERS
  024  * with TARGET for $REFORM
  0241 * with TARGET for $ELECTIONS
  0242 * with TARGET for $POLICY_CHANGE
  0243 * with TARGET for respect for $RIGHTS
  0243 * with TARGET for $RIGHTS
  0244 * with TARGET for $INSTITUTIONAL_REFORM
  025  * with TARGET for $CONCESSION
  025  * with TARGET for flexibility
  0251 * with TARGET for $LIFTING of $RESTRICTIONS
  0251 * with TARGET for $END to $RESTRICTIONS
  0252 * with TARGET for $END to $PROTEST
  0253 * with TARGET for $RELEASE of $PRISONERS
  0253 * with TARGET for $RELEASE
  0254 * with TARGET for $LIFTING of $SANCTIONS
  0254 * with TARGET for $END to $SANCTIONS
  0255 * with TARGET for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 * with TARGET for $ACCESS
  0256 * with TARGET for $DEESCALATION
  0256 * with TARGET for $END to $FIGHTING
  0256 * with TARGET for $END to $ATTACK
  0256 * with TARGET for $END of $OCCUPATION
  0256 * with TARGET for $END to $OCCUPATION
  0256 * with TARGET for restraint
  026  * with TARGET for $TALKS
  027  * with TARGET for $PEACE
  028  * with TARGET for $MEDIATION

# ---------------------------------------------------------------------------
# Nouns: "an appeal for calm", "Iraq's request for aid", "a plea to X to ..."
# ---------------------------------------------------------------------------

[noun] appeal | plea | request | entreaty | exhortation | petition | urging
  # The source is the possessor / modifier ("Iraq's appeal") or the
  # subject of the governing light verb ("Iraq made an appeal").
  0211 SOURCE * for $ECONOMIC_COOPERATION with TARGET
  0212 SOURCE * for $SECURITY_COOPERATION with TARGET
  0213 SOURCE * for $JUDICIAL_COOPERATION with TARGET
  0213 SOURCE * for $EXTRADITION of _ from TARGET
  0214 SOURCE * for $INTELLIGENCE from TARGET
  021  SOURCE * for cooperation with TARGET ; conf=0.7
  022  SOURCE * for $SUPPORT from TARGET
  053  SOURCE * for $SUPPORT for TARGET
  0231 SOURCE * for $ECONOMIC_AID from TARGET
  0232 SOURCE * for $MILITARY_AID from TARGET
  0233 SOURCE * for $HUMANITARIAN_AID from TARGET
  0234 SOURCE * for $PROTECTION
  023  SOURCE * for $AID from TARGET
  0231 SOURCE * for $ECONOMIC_AID
  0232 SOURCE * for $MILITARY_AID
  0233 SOURCE * for $HUMANITARIAN_AID
  0233 SOURCE * for $ASYLUM
  0234 SOURCE * for $PEACEKEEPERS
  0234 SOURCE * for deployment of $PEACEKEEPERS
  023  SOURCE * for $AID
  024  SOURCE * for $REFORM in TARGET
  024  SOURCE * for $REFORM
  0241 SOURCE * for $RESIGNATION of TARGET
  0241 SOURCE * for $ELECTIONS in TARGET
  0241 SOURCE * for $ELECTIONS
  0242 SOURCE * for $POLICY_CHANGE
  0243 SOURCE * for respect for $RIGHTS
  0243 SOURCE * for $RIGHTS
  0244 SOURCE * for $INSTITUTIONAL_REFORM
  025  SOURCE * for $CONCESSION from TARGET
  025  SOURCE * for $CONCESSION
  025  SOURCE * for flexibility
  0251 SOURCE * for $LIFTING of $RESTRICTIONS
  0251 SOURCE * for $END to $RESTRICTIONS
  0252 SOURCE * for $END to $PROTEST
  0253 SOURCE * for $RELEASE of TARGET
  0253 SOURCE * for $RELEASE of $PRISONERS
  0253 SOURCE * for $RELEASE
  0254 SOURCE * for $LIFTING of $SANCTIONS
  0254 SOURCE * for $END to $SANCTIONS
  0255 SOURCE * for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 SOURCE * for $ACCESS
  0256 SOURCE * for $DEESCALATION of TARGET
  0256 SOURCE * for $DEESCALATION by TARGET
  0256 SOURCE * for $DEESCALATION
  0256 SOURCE * for $END to $FIGHTING
  0256 SOURCE * for $END to $ATTACK
  0256 SOURCE * for $END of $OCCUPATION
  0256 SOURCE * for $END to $OCCUPATION
  0256 SOURCE * for restraint
  026  SOURCE * for $TALKS between TARGET and _
  026  SOURCE * for $TALKS between _ and TARGET
  026  SOURCE * for $TALKS
  027  SOURCE * for $PEACE between TARGET and _
  027  SOURCE * for $PEACE between _ and TARGET
  027  SOURCE * for $PEACE
  028  SOURCE * for $MEDIATION by TARGET
  028  SOURCE * for $MEDIATION
  0211 SOURCE * to TARGET for $ECONOMIC_COOPERATION
  0212 SOURCE * to TARGET for $SECURITY_COOPERATION
  0213 SOURCE * to TARGET for $JUDICIAL_COOPERATION
  0213 SOURCE * to TARGET for $EXTRADITION of _
  0214 SOURCE * to TARGET for $INTELLIGENCE
  021  SOURCE * to TARGET for cooperation ; conf=0.7
  022  SOURCE * to TARGET for $SUPPORT
  0231 SOURCE * to TARGET for $ECONOMIC_AID
  0232 SOURCE * to TARGET for $MILITARY_AID
  0233 SOURCE * to TARGET for $HUMANITARIAN_AID
  0234 SOURCE * to TARGET for $PROTECTION
  023  SOURCE * to TARGET for $AID
  0233 SOURCE * to TARGET for $ASYLUM
  0234 SOURCE * to TARGET for $PEACEKEEPERS
  0234 SOURCE * to TARGET for deployment of $PEACEKEEPERS
  024  SOURCE * to TARGET for $REFORM
  0241 SOURCE * to TARGET for $ELECTIONS
  0242 SOURCE * to TARGET for $POLICY_CHANGE
  0243 SOURCE * to TARGET for respect for $RIGHTS
  0243 SOURCE * to TARGET for $RIGHTS
  0244 SOURCE * to TARGET for $INSTITUTIONAL_REFORM
  025  SOURCE * to TARGET for $CONCESSION
  025  SOURCE * to TARGET for flexibility
  0251 SOURCE * to TARGET for $LIFTING of $RESTRICTIONS
  0251 SOURCE * to TARGET for $END to $RESTRICTIONS
  0252 SOURCE * to TARGET for $END to $PROTEST
  0253 SOURCE * to TARGET for $RELEASE of $PRISONERS
  0253 SOURCE * to TARGET for $RELEASE
  0254 SOURCE * to TARGET for $LIFTING of $SANCTIONS
  0254 SOURCE * to TARGET for $END to $SANCTIONS
  0255 SOURCE * to TARGET for $ACCESS for $INTERNATIONAL_PRESENCE
  0255 SOURCE * to TARGET for $ACCESS
  0256 SOURCE * to TARGET for $DEESCALATION
  0256 SOURCE * to TARGET for $END to $FIGHTING
  0256 SOURCE * to TARGET for $END to $ATTACK
  0256 SOURCE * to TARGET for $END of $OCCUPATION
  0256 SOURCE * to TARGET for $END to $OCCUPATION
  0256 SOURCE * to TARGET for restraint
  026  SOURCE * to TARGET for $TALKS
  027  SOURCE * to TARGET for $PEACE
  028  SOURCE * to TARGET for $MEDIATION
  0211 SOURCE * to TARGET to $BOOST_V $ECONOMIC_COOPERATION
  0211 SOURCE * to TARGET to invest in _
  0211 SOURCE * to TARGET to trade with _
  0212 SOURCE * to TARGET to $BOOST_V $SECURITY_COOPERATION
  0212 SOURCE * to TARGET to join coalition ; conf=0.8
  0212 SOURCE * to TARGET to join alliance ; conf=0.8
  0213 SOURCE * to TARGET to extradite _
  0213 SOURCE * to TARGET to $BOOST_V $JUDICIAL_COOPERATION
  0213 SOURCE * to TARGET to cooperate with tribunal
  0213 SOURCE * to TARGET to cooperate with court
  0214 SOURCE * to TARGET to share $INTELLIGENCE
  0214 SOURCE * to TARGET to provide $INTELLIGENCE
  022  SOURCE * to TARGET to support _ ; conf=0.9
  022  SOURCE * to TARGET to back _ ; conf=0.9
  022  SOURCE * to TARGET to endorse _
  022  SOURCE * to TARGET to recognize _
  022  SOURCE * to TARGET to recognise _
  022  SOURCE * to TARGET to $BOOST_V $DIPLOMATIC_COOPERATION
  0231 SOURCE * to TARGET to $PROVIDE_V $ECONOMIC_AID
  0231 SOURCE * to TARGET to cancel debt
  0231 SOURCE * to TARGET to forgive debt
  0232 SOURCE * to TARGET to $PROVIDE_V $MILITARY_AID
  0232 SOURCE * to TARGET to arm _
  0233 SOURCE * to TARGET to $PROVIDE_V $HUMANITARIAN_AID
  0233 SOURCE * to TARGET to take in $REFUGEES
  0233 SOURCE * to TARGET to accept $REFUGEES
  0233 SOURCE * to TARGET to admit $REFUGEES
  0233 SOURCE * to TARGET to grant $ASYLUM
  0234 SOURCE * to TARGET to $PROVIDE_V $PROTECTION
  0234 SOURCE * to TARGET to deploy $PEACEKEEPERS
  0234 SOURCE * to TARGET to protect civilian ; conf=0.8
  023  SOURCE * to TARGET to $PROVIDE_V $AID
  023  SOURCE * to TARGET to help _ ; conf=0.8
  023  SOURCE * to TARGET to assist _ ; conf=0.8
  024  SOURCE * to TARGET to implement $REFORM
  024  SOURCE * to TARGET to carry out $REFORM
  024  SOURCE * to TARGET to undertake $REFORM
  024  SOURCE * to TARGET to pursue $REFORM
  024  SOURCE * to TARGET to reform _
  0241 SOURCE * to TARGET to $RESIGN_V
  0241 SOURCE * to TARGET to hold $ELECTIONS
  0241 SOURCE * to TARGET to call $ELECTIONS
  0241 SOURCE * to TARGET to organize $ELECTIONS
  0241 SOURCE * to TARGET to transfer power
  0241 SOURCE * to TARGET to cede power
  0242 SOURCE * to TARGET to change policy
  0242 SOURCE * to TARGET to reverse decision
  0242 SOURCE * to TARGET to reconsider decision
  0242 SOURCE * to TARGET to reverse _ ; conf=0.8
  0242 SOURCE * to TARGET to reconsider _ ; conf=0.8
  0242 SOURCE * to TARGET to rethink _ ; conf=0.8
  0242 SOURCE * to TARGET to revise _ ; conf=0.7
  0242 SOURCE * to TARGET to abandon plan
  0242 SOURCE * to TARGET to scrap plan
  0242 SOURCE * to TARGET to drop plan
  0243 SOURCE * to TARGET to respect $RIGHTS
  0243 SOURCE * to TARGET to protect $RIGHTS
  0243 SOURCE * to TARGET to guarantee $RIGHTS
  0243 SOURCE * to TARGET to uphold $RIGHTS
  0243 SOURCE * to TARGET to grant $RIGHTS
  0243 SOURCE * to TARGET to ensure $RIGHTS
  0244 SOURCE * to TARGET to amend constitution
  0244 SOURCE * to TARGET to implement $INSTITUTIONAL_REFORM
  0244 SOURCE * to TARGET to adopt $INSTITUTIONAL_REFORM
  0244 SOURCE * to TARGET to democratize
  0244 SOURCE * to TARGET to democratise
  025  SOURCE * to TARGET to make $CONCESSION
  025  SOURCE * to TARGET to yield
  025  SOURCE * to TARGET to compromise
  025  SOURCE * to TARGET to back down
  025  SOURCE * to TARGET to give in
  025  SOURCE * to TARGET to show flexibility
  025  SOURCE * to TARGET to comply with _ ; conf=0.8
  0251 SOURCE * to TARGET to $LIFT_V $RESTRICTIONS
  0252 SOURCE * to TARGET to $STOP_V $PROTEST
  0252 SOURCE * to TARGET to disperse
  0252 SOURCE * to TARGET to postpone $PROTEST
  0253 SOURCE * to TARGET to $RELEASE_V $PRISONERS
  0253 SOURCE * to TARGET to $RELEASE_V $PROPERTY
  0253 SOURCE * to TARGET to $RELEASE_V _ ; conf=0.8
  0254 SOURCE * to TARGET to $LIFT_V $SANCTIONS
  0255 SOURCE * to TARGET to $ALLOW_V $ACCESS
  0255 SOURCE * to TARGET to provide $ACCESS
  0255 SOURCE * to TARGET to open _ to $INTERNATIONAL_PRESENCE
  0255 SOURCE * to TARGET to $ALLOW_V $INTERNATIONAL_PRESENCE
  0255 SOURCE * to TARGET to cooperate with $INSPECTORS
  0256 SOURCE * to TARGET to $DEESCALATE_V
  0256 SOURCE * to TARGET to $WITHDRAW $TROOPS
  0256 SOURCE * to TARGET to $WITHDRAW from _
  0256 SOURCE * to TARGET to observe $CEASEFIRE
  0256 SOURCE * to TARGET to respect $CEASEFIRE
  0256 SOURCE * to TARGET to accept $CEASEFIRE
  0256 SOURCE * to TARGET to agree to $CEASEFIRE
  0256 SOURCE * to TARGET to declare $CEASEFIRE
  0256 SOURCE * to TARGET to $STOP_V $ATTACK
  0256 SOURCE * to TARGET to $STOP_V $FIGHTING
  0256 SOURCE * to TARGET to exercise restraint
  0256 SOURCE * to TARGET to show restraint
  0256 SOURCE * to TARGET to $LIFT_V $BLOCKADE
  0256 SOURCE * to TARGET to $STOP_V $OCCUPATION
  0256 SOURCE * to TARGET to avoid escalation
  0256 SOURCE * to TARGET to de-escalate tension
  026  SOURCE * to TARGET to $NEGOTIATE_V with _
  026  SOURCE * to TARGET to $NEGOTIATE_V
  026  SOURCE * to TARGET to return to $TALKS
  026  SOURCE * to TARGET to resume $TALKS
  026  SOURCE * to TARGET to $ENGAGE_V in $TALKS
  026  SOURCE * to TARGET to hold $TALKS
  026  SOURCE * to TARGET to meet with _ ; conf=0.8
  026  SOURCE * to TARGET to sit down with _
  027  SOURCE * to TARGET to settle _ ; conf=0.9
  027  SOURCE * to TARGET to resolve _ ; conf=0.9
  027  SOURCE * to TARGET to reach $AGREEMENT
  027  SOURCE * to TARGET to make peace
  027  SOURCE * to TARGET to reconcile
  027  SOURCE * to TARGET to find $PEACE
  027  SOURCE * to TARGET to seek $PEACE
  028  SOURCE * to TARGET to accept $MEDIATION
  028  SOURCE * to TARGET to mediate
  028  SOURCE * to TARGET to act as $MEDIATOR
  028  SOURCE * to TARGET to seek $MEDIATION
  021  SOURCE * to TARGET to $BOOST_V cooperation with _ ; conf=0.8
  020  SOURCE * to TARGET to $COOPERATE_V with _
  020  SOURCE * to TARGET to _ ; conf=0.8

