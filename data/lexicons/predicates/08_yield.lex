# CAMEO root 08 -- YIELD (080-087).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Reported concessions only (promises are 035x, 03_intent.lex).  Every
# pattern carries the refusal of its family, so that negated or refused
# yielding ("has no plans to withdraw", "refused to release", "will not
# lift the curfew") codes the refusal (124x, 123x) and never the yield:
#   081x -> 1241, 082 -> 1242, 083x -> 123x, 084x -> 1243, 085 -> 1244,
#   086x -> 1245, 087x -> 1246, 080 -> 124.
#
# Deliberately absent: noun patterns for withdrawal, exit, departure,
# pullout.  "A US withdrawal could raise concerns" and "calls for the
# departure of the US-led coalition" mention a withdrawal that has not
# happened; the seed article forbids any 08 event for the US there.  Actual
# withdrawals are reported with verbs ("pulled its troops out of ...").

# ---------------------------------------------------------------------------
# 080  Yield, not specified below
# ---------------------------------------------------------------------------

[verb] yield | give in | cave in | cave | relent | submit | bow | succumb | back down | climb down
  080  * to TARGET ; neg=124 modal=035
  080  * to pressure from TARGET ; neg=124 modal=035
  080  * to pressure TARGET ; neg=124 modal=035
  080  * to demand of TARGET ; neg=124 modal=035
  080  * to demand TARGET ; neg=124 modal=035
  080  * under pressure from TARGET ; neg=124 modal=035
  080  * in face of pressure from TARGET ; neg=124 modal=035
  080  * on _ under pressure from TARGET ; neg=124 modal=035

[verb] acquiesce | obey | heed
  080  * to TARGET ; neg=124 modal=035
  080  * to demand of TARGET ; neg=124 modal=035
  080  * in _ demanded by TARGET ; neg=124 conf=0.8 modal=035
  080  * order of TARGET ; neg=124 modal=035
  080  * order TARGET ; neg=124 modal=035
  080  * TARGET ; neg=124 conf=0.6 modal=035

[verb] renounce | forswear | forsake | abjure
  # Renouncing violence is de-escalation; renouncing a claim is yielding.
  087  * violence ; notarget neg=1246 modal=0356
  087  * struggle ; notarget neg=1246 modal=0356
  087  * terrorism ; notarget neg=1246 conf=0.8 modal=0356
  0873 * $WMD ; neg=1246 modal=0356
  080  * claim to _ ; neg=124 modal=035
  080  * claim on _ ; neg=124 modal=035

[verb] concede | cede
  080  * _ to TARGET ; neg=124 modal=035
  080  * to TARGET ; neg=124 modal=035
  080  * point to TARGET ; neg=124 conf=0.7 modal=035

[verb] compromise
  080  * with TARGET ; recip neg=124 modal=035
  080  * with TARGET on _ ; recip neg=124 modal=035

[verb] comply | abide
  080  * with demand of TARGET ; neg=124 modal=035
  080  * with demand TARGET ; neg=124 modal=035
  080  * with ultimatum of TARGET ; neg=124 modal=035
  080  * with ultimatum TARGET ; neg=124 modal=035
  080  * with request of TARGET ; neg=124 conf=0.8 modal=035
  080  * with request TARGET ; neg=124 conf=0.8 modal=035

[verb] meet | accept | grant | satisfy | fulfil | fulfill | heed | accede to | agree to | give in to | bow to
  # "met the demands of the protesters" -- the demanders are the target.
  083  * $REFORM demand of TARGET ; neg=123 modal=034
  0831 * demand for $RESIGNATION ; neg=1231 modal=0341
  0833 * demand for $RIGHTS ; neg=1233 modal=0343
  080  * demand of TARGET ; neg=124 modal=035
  080  * demand TARGET ; neg=124 modal=035
  080  * condition of TARGET ; neg=124 conf=0.8 modal=035
  080  * condition TARGET ; neg=124 conf=0.8 modal=035

[verb] accede
  080  * to demand of TARGET ; neg=124 modal=035
  080  * to demand TARGET ; neg=124 modal=035
  080  * to request of TARGET ; neg=124 modal=035
  080  * to request TARGET ; neg=124 modal=035

[verb] pay
  # Compensation instead of returning property is 080 by the codebook.
  080  * compensation to TARGET ; neg=124 modal=035
  080  * reparation to TARGET ; neg=124 modal=035
  080  * TARGET compensation ; neg=124 modal=035
  080  * TARGET reparation ; neg=124 modal=035
  080  * damage to TARGET ; neg=124 conf=0.8 modal=035

[verb] compensate | indemnify
  080  * TARGET ; neg=124 modal=035

# ---------------------------------------------------------------------------
# 081  Ease administrative sanctions
# ---------------------------------------------------------------------------

[verb] lift | ease | relax | remove | end | scrap | suspend | loosen | revoke | rescind | waive | roll back | cancel | drop | abolish | repeal | reverse | shorten | reduce | overturn | annul
  0813 * $CURFEW in TARGET ; neg=1241 modal=0351
  0813 * $CURFEW on TARGET ; neg=1241 modal=0351
  0813 * $CURFEW ; neg=1241 modal=0351
  0814 * $EMERGENCY in TARGET ; neg=1241 modal=0351
  0814 * state of emergency in TARGET ; neg=1241 modal=0351   # "in" under "emergency"
  0814 * state of siege in TARGET ; neg=1241 modal=0351
  0814 * $EMERGENCY ; neg=1241 modal=0351
  0812 * ban on TARGET ; neg=1241 modal=0351
  0812 * ban TARGET ; neg=1241 modal=0351
  0812 * $PARTY_BAN on TARGET ; neg=1241 modal=0351
  0812 * $PARTY_BAN ; neg=1241 modal=0351
  0811 * $FREEDOM_RESTRICTIONS on TARGET ; neg=1241 modal=0351
  0811 * $FREEDOM_RESTRICTIONS in TARGET ; neg=1241 modal=0351
  0811 * $FREEDOM_RESTRICTIONS ; neg=1241 modal=0351
  081  * $RESTRICTIONS on TARGET ; neg=1241 modal=0351
  081  * $RESTRICTIONS against TARGET ; neg=1241 modal=0351
  081  * $RESTRICTIONS in TARGET ; neg=1241 modal=0351
  081  * $RESTRICTIONS ; neg=1241 modal=0351

[verb] unban | legalize | legalise | relegalize | reinstate | rehabilitate | recognize | register | allow | permit
  # Parties and politicians readmitted to political life (0812).
  0812 * party ; neg=1241 conf=0.8 modal=0351
  0812 * party TARGET ; neg=1241 modal=0351
  0812 * party of TARGET ; neg=1241 modal=0351
  0812 * TARGET to run ; neg=1241 modal=0351
  0812 * TARGET to contest _ ; neg=1241 modal=0351
  0812 * TARGET to stand in _ ; neg=1241 modal=0351

[verb] unban
  0812 * TARGET ; neg=1241 modal=0351

[verb] unblock | restore | reopen | allow | permit
  # Freedoms of speech, press and assembly restored (0811).
  0811 * website ; neg=1241 conf=0.8 modal=0351
  0811 * internet ; neg=1241 conf=0.8 modal=0351
  0811 * newspaper ; neg=1241 conf=0.8 modal=0351
  0811 * newspaper TARGET ; neg=1241 conf=0.8 modal=0351
  0811 * broadcaster ; neg=1241 conf=0.8 modal=0351
  0811 * TARGET to protest ; neg=1241 modal=0351
  0811 * TARGET to demonstrate ; neg=1241 modal=0351
  0811 * TARGET to rally ; neg=1241 modal=0351
  0811 * protest ; neg=1241 conf=0.6 modal=0351

[verb] free | liberalize | liberalise | deregulate
  0811 * press ; neg=1241 modal=0351
  0811 * media ; neg=1241 modal=0351

# ---------------------------------------------------------------------------
# 082  Ease political dissent (concessions by the protesters' side)
# ---------------------------------------------------------------------------

[verb] call off | end | suspend | halt | stop | cancel | postpone | abandon | break off | wind down | scale down | scale back | give up | lift
  082  * $PROTEST against TARGET ; neg=1242 modal=0352
  082  * $PROTEST ; notarget neg=1242 modal=0352
  082  * boycott of _ election ; notarget neg=1242 modal=0352
  082  * sit-in ; notarget neg=1242 modal=0352

# ---------------------------------------------------------------------------
# 083  Accede to requests or demands for political reform
# ---------------------------------------------------------------------------

[verb] implement | enact | introduce | adopt | pass | approve | carry out | undertake | institute | launch | push through
  0834 * $INSTITUTIONAL_REFORM ; neg=1234 conf=0.8 modal=0344
  083  * $REFORM demanded by TARGET ; neg=123 modal=034
  083  * $REFORM sought by TARGET ; neg=123 modal=034
  083  * $REFORM ; neg=123 conf=0.7 modal=034

[verb] resign | step down | step aside | stand down | abdicate | quit
  # "A resignation, including one in protest, is 0831" (guideline); it
  # stands on its own.  "quit" only with an office: "quit the talks" is
  # not a resignation.
  0831 * as _ ; notarget neg=1231 modal=0341
  0831 * from post ; notarget neg=1231 modal=0341
  0831 * from office ; notarget neg=1231 modal=0341
  0831 * from government ; notarget neg=1231 modal=0341
  0831 * from cabinet ; notarget neg=1231 modal=0341
  0831 * post ; notarget neg=1231 modal=0341
  0831 * office ; notarget neg=1231 modal=0341
  0831 * in protest ; notarget neg=1231 modal=0341
  0831 * over _ ; notarget neg=1231 modal=0341

[verb] resign | step down | step aside | abdicate
  0831 * ; notarget neg=1231 modal=0341
  0831 * from _ ; notarget neg=1231 modal=0341

[verb] hand over | transfer | cede | relinquish | surrender | give up | yield
  0831 * power to TARGET ; neg=1231 modal=0341
  0831 * power ; notarget neg=1231 modal=0341
  0831 * presidency to TARGET ; neg=1231 modal=0341
  0831 * leadership to TARGET ; neg=1231 modal=0341
  0831 * office to TARGET ; neg=1231 modal=0341

[verb] concede
  0831 * defeat to TARGET ; neg=1231 modal=0341
  0831 * election to TARGET ; neg=1231 modal=0341
  0831 * defeat ; notarget neg=1231 modal=0341
  0831 * election ; notarget neg=1231 modal=0341

[verb] leave | vacate
  0831 * office ; notarget neg=1231 modal=0341
  0831 * post ; notarget neg=1231 modal=0341
  0831 * presidency ; notarget neg=1231 modal=0341
  0831 * premiership ; notarget neg=1231 modal=0341

[noun] resignation | abdication | stepping down | departure from office
  0831 SOURCE * ; notarget modal=0341
  0831 SOURCE * as _ ; notarget modal=0341
  0831 SOURCE * from _ ; notarget modal=0341

[verb] reverse | revoke | rescind | scrap | drop | abandon | withdraw | shelve | freeze | suspend | change | amend | revise | soften
  # Policy reversals under pressure; the demanders are the target.
  0832 * decision under pressure from TARGET ; neg=1232 modal=0342
  0832 * policy under pressure from TARGET ; neg=1232 modal=0342
  0832 * plan under pressure from TARGET ; neg=1232 modal=0342
  0832 * _ in response to _ of TARGET ; neg=1232 conf=0.7 modal=0342
  0832 * _ after _ by TARGET ; neg=1232 conf=0.6 modal=0342

[verb] grant | give | restore | extend | recognize | recognise | award
  0833 * $RIGHTS to TARGET ; neg=1233 modal=0343
  0833 * TARGET $RIGHTS ; neg=1233 modal=0343
  0833 * $RIGHTS of TARGET ; neg=1233 modal=0343
  0833 * citizenship to TARGET ; neg=1233 modal=0343
  0833 * TARGET citizenship ; neg=1233 modal=0343
  0833 * autonomy to TARGET ; neg=1233 modal=0343
  0833 * TARGET autonomy ; neg=1233 modal=0343
  0833 * TARGET right to _ ; neg=1233 modal=0343

[verb] allow | permit | let
  # Repatriation of refugees is 0833 by the codebook.
  0833 * $REFUGEES to return ; neg=1233 modal=0343
  0833 * TARGET to return ; neg=1233 conf=0.8 modal=0343
  0833 * return of $REFUGEES ; neg=1233 modal=0343
  0833 * repatriation of $REFUGEES ; neg=1233 modal=0343
  # Inspectors and peacekeepers return to work, not home (086x).
  0862 * return of $INSPECTORS ; neg=1245 modal=0355     # "would allow the return of U.N. weapons inspectors"
  0861 * return of $PEACEKEEPERS ; neg=1245 modal=0355
  0833 * return of TARGET ; neg=1233 conf=0.7 modal=0343

[verb] adopt | amend | rewrite | approve | ratify
  0834 * constitution ; neg=1234 conf=0.8 modal=0344

# ---------------------------------------------------------------------------
# 084  Return, release
# ---------------------------------------------------------------------------

[verb] release | free | set free | let go | repatriate | parole
  # Not "liberate": "liberated Mosul" is military.
  # "Israel released 39 Palestinian prisoners": the target is the people
  # released (their country / group), or whom they are released to.
  0841 * $PRISONERS to TARGET ; neg=1243 modal=0353
  0841 * $PRISONERS from _ to TARGET ; neg=1243 modal=0353
  0841 * $PRISONERS ; neg=1243 modal=0353
  0841 * TARGET from prison ; neg=1243 modal=0353
  0841 * TARGET from detention ; neg=1243 modal=0353
  0841 * TARGET from custody ; neg=1243 modal=0353
  0841 * TARGET from captivity ; neg=1243 modal=0353
  0841 * TARGET from arrest ; neg=1243 modal=0353
  0841 * TARGET on bail ; neg=1243 modal=0353
  0841 * TARGET ; neg=1243 modal=0353

[verb] pardon | amnesty | commute | reprieve
  # Formal pardons and amnesties are 0841 (not 056).
  0841 * TARGET ; neg=1243 modal=0353
  0841 * sentence of TARGET ; neg=1243 modal=0353
  0841 * sentence TARGET ; neg=1243 modal=0353
  0841 * $PRISONERS ; neg=1243 modal=0353

[verb] grant | offer | declare | announce | extend
  0841 * amnesty to TARGET ; neg=1243 modal=0353
  0841 * TARGET amnesty ; neg=1243 modal=0353
  0841 * pardon to TARGET ; neg=1243 modal=0353
  0841 * TARGET pardon ; neg=1243 modal=0353
  0841 * amnesty for TARGET ; neg=1243 modal=0353
  0841 * amnesty for $PRISONERS ; neg=1243 modal=0353
  0841 * clemency to TARGET ; neg=1243 modal=0353

[verb] exchange | swap | trade
  0841 * $PRISONERS with TARGET ; recip neg=1243 modal=0353
  0841 * $PRISONERS ; recip neg=1243 modal=0353
  0841 * hostage for _ ; neg=1243 modal=0353
  0841 * prisoner for _ ; neg=1243 modal=0353

[verb] hand over | hand back | turn over | return | send back | deliver
  # People handed back to their side.  Suspects handed to another state's
  # courts are 063 (06_material.lex).
  0841 * $PRISONERS to TARGET ; neg=1243 modal=0353
  # Remains of the dead are neither persons in detention nor property:
  # the residual 084.
  084  * remains of TARGET ; neg=1243 conf=0.8 modal=0353
  084  * body of TARGET ; neg=1243 conf=0.8 modal=0353

[verb] return | give back | hand back | restore | restitute | unfreeze | release
  0842 * $PROPERTY to TARGET ; neg=1243 modal=0353
  0842 * TARGET $PROPERTY ; neg=1243 modal=0353
  0842 * $PROPERTY of TARGET ; neg=1243 modal=0353
  0842 * $PROPERTY ; neg=1243 conf=0.8 modal=0353
  0842 * seized _ to TARGET ; neg=1243 modal=0353
  0842 * confiscated _ to TARGET ; neg=1243 modal=0353
  0842 * frozen _ of TARGET ; neg=1243 modal=0353

[verb] hand over | turn over | transfer | return
  # Returned land and territory (0842); yielding control militarily is
  # 0874 (below).
  0842 * land to TARGET ; neg=1243 modal=0353
  0842 * $TERRITORY to TARGET ; neg=1243 conf=0.8 modal=0353

[noun] release | freeing | liberation | repatriation | exchange | swap | prisoner exchange | prisoner swap | handover
  # "Hamas's release of the hostages", "the release of 50 prisoners by
  # Israel".  Low confidence: in "called for the release of" the release
  # has not happened; the governing verb (02x/10x) must win, and the
  # ENGINE must not code a noun predicate that is the argument of another
  # matched predicate (reported to the lead).
  0841 SOURCE * of $PRISONERS to TARGET ; neg=1243 conf=0.6 modal=0353
  0841 SOURCE * of $PRISONERS ; neg=1243 conf=0.5 modal=0353
  0841 SOURCE * of TARGET ; neg=1243 conf=0.5 modal=0353

[noun] pardon | amnesty | clemency
  0841 SOURCE * for TARGET ; neg=1243 conf=0.6 modal=0353
  0841 SOURCE * of TARGET ; neg=1243 conf=0.6 modal=0353
  0841 SOURCE * to TARGET ; neg=1243 conf=0.6 modal=0353

[noun] return | restitution
  0842 SOURCE * of $PROPERTY to TARGET ; neg=1243 modal=0353
  0842 SOURCE * of $PROPERTY ; neg=1243 conf=0.8 modal=0353

# ---------------------------------------------------------------------------
# 085  Ease economic sanctions, boycott, embargo
# ---------------------------------------------------------------------------

[verb] lift | ease | relax | remove | end | scrap | suspend | loosen | revoke | rescind | waive | roll back | cancel | drop | abolish | repeal | reduce | cut | unwind | phase out
  085  * $SANCTIONS on TARGET ; neg=1244 modal=0354
  085  * $SANCTIONS against TARGET ; neg=1244 modal=0354
  085  * $SANCTIONS on _ from TARGET ; neg=1244 modal=0354         # "lifted tariffs on imports from Japan"
  085  * $SANCTIONS against _ from TARGET ; neg=1244 modal=0354    # "lifted sanctions against gold from South Africa"
  085  * $SANCTIONS imposed on TARGET ; neg=1244 modal=0354
  085  * $SANCTIONS TARGET ; neg=1244 modal=0354
  085  * $SANCTIONS ; neg=1244 modal=0354
  085  * tariff on TARGET ; neg=1244 modal=0354
  085  * tariff TARGET ; neg=1244 modal=0354
  085  * boycott of TARGET ; neg=1244 modal=0354

[verb] unfreeze | release | unblock
  085  * asset of TARGET ; neg=1244 modal=0354
  085  * asset TARGET ; neg=1244 modal=0354
  085  * fund of TARGET ; neg=1244 modal=0354
  085  * fund TARGET ; neg=1244 conf=0.8 modal=0354

[verb] delist | remove | drop | take off | strike
  # Removal from sanctions or terrorism lists.
  085  * TARGET from _ list ; neg=1244 modal=0354
  085  * TARGET from blacklist ; neg=1244 modal=0354
  085  * TARGET from list of _ ; neg=1244 conf=0.8 modal=0354

[verb] delist | exempt
  085  * TARGET ; neg=1244 modal=0354

[verb] grant | issue | extend | give
  085  * waiver to TARGET ; neg=1244 modal=0354
  085  * TARGET waiver ; neg=1244 modal=0354
  085  * exemption to TARGET ; neg=1244 conf=0.8 modal=0354
  085  * TARGET exemption ; neg=1244 conf=0.8 modal=0354

[verb] resume | restore | reopen
  085  * trade with TARGET ; neg=1244 conf=0.7 modal=0354
  085  * flight to TARGET ; neg=1244 conf=0.7 modal=0354
  085  * import from TARGET ; neg=1244 conf=0.7 modal=0354

[noun] lifting | easing | relaxation | removal | suspension | waiver | unfreezing | repeal | cancellation
  # Low confidence for the same reason as release nouns: "called for the
  # lifting of sanctions" is a demand, not an easing.
  085  SOURCE * of $SANCTIONS on TARGET ; neg=1244 conf=0.5 modal=0354
  085  SOURCE * of $SANCTIONS against TARGET ; neg=1244 conf=0.5 modal=0354
  085  SOURCE * of $SANCTIONS ; neg=1244 conf=0.5 modal=0354
  0813 SOURCE * of $CURFEW ; neg=1241 conf=0.5 modal=0351
  0814 SOURCE * of $EMERGENCY ; neg=1241 conf=0.5 modal=0351
  081  SOURCE * of $RESTRICTIONS on TARGET ; neg=1241 conf=0.5 modal=0351

# ---------------------------------------------------------------------------
# 086  Allow international involvement
# ---------------------------------------------------------------------------

[verb] allow | permit | let | admit | receive | welcome | host | authorize | authorise
  # Agreeing to accept (not yet receiving) is 0355 (03_intent.lex).
  0861 * $PEACEKEEPERS ; neg=1245 modal=0355
  0861 * $PEACEKEEPERS into _ ; neg=1245 modal=0355
  0861 * $PEACEKEEPERS in _ ; neg=1245 modal=0355
  0861 * $PEACEKEEPERS to _ ; neg=1245 modal=0355
  0861 * deployment of $PEACEKEEPERS ; neg=1245 modal=0355
  0862 * $INSPECTORS ; neg=1245 modal=0355
  0862 * $INSPECTORS into _ ; neg=1245 modal=0355
  0862 * $INSPECTORS to _ ; neg=1245 modal=0355
  0862 * $INSPECTORS $ACCESS to _ ; neg=1245 modal=0355
  0862 * $INSPECTION ; neg=1245 modal=0355
  0862 * $INSPECTION of _ ; neg=1245 modal=0355
  0862 * $INSPECTION by TARGET ; neg=1245 modal=0355
  0862 * $ACCESS to $INSPECTORS ; neg=1245 modal=0355
  0862 * visit by $INSPECTORS ; neg=1245 modal=0355
  0862 * team from TARGET ; neg=1245 conf=0.7 modal=0355
  0863 * $HUMANITARIAN_AID into TARGET ; neg=1245 modal=0355
  0863 * $HUMANITARIAN_AID to TARGET ; neg=1245 modal=0355
  0863 * $HUMANITARIAN_AID to enter _ ; neg=1245 modal=0355
  0863 * $HUMANITARIAN_AID ; neg=1245 conf=0.8 modal=0355
  0863 * $ACCESS for $INTERNATIONAL_PRESENCE ; neg=1245 modal=0355
  0863 * $ACCESS to TARGET ; neg=1245 conf=0.8 modal=0355
  0863 * $HUMANITARIAN_ACCESS ; neg=1245 modal=0355
  0863 * $AID_AGENCIES ; neg=1245 modal=0355
  0863 * $AID_AGENCIES into _ ; neg=1245 modal=0355
  0863 * evacuation of _ ; neg=1245 conf=0.7 modal=0355
  086  * $INTERNATIONAL_PRESENCE ; neg=1245 conf=0.8 modal=0355
  086  * $INTERNATIONAL_PRESENCE into TARGET ; neg=1245 conf=0.8 modal=0355
  086  * observer ; neg=1245 modal=0355
  086  * monitor ; neg=1245 modal=0355

[verb] open | reopen
  0863 * $CROSSING for $HUMANITARIAN_AID ; neg=1245 modal=0355
  0863 * $CROSSING to $HUMANITARIAN_AID ; neg=1245 modal=0355
  0863 * $CROSSING for aid ; neg=1245 modal=0355
  0863 * corridor for $HUMANITARIAN_AID ; neg=1245 modal=0355
  0863 * $HUMANITARIAN_ACCESS ; neg=1245 modal=0355
  0863 * $CROSSING into TARGET ; neg=1245 conf=0.7 modal=0355
  0862 * site to $INSPECTORS ; neg=1245 modal=0355
  0862 * facility to $INSPECTORS ; neg=1245 modal=0355
  086  * _ to $INTERNATIONAL_PRESENCE ; neg=1245 conf=0.8 modal=0355

[verb] cooperate
  0862 * with $INSPECTORS ; neg=1245 modal=0355
  0862 * with inspection ; neg=1245 modal=0355
  0862 * with $INSPECTION ; neg=1245 modal=0355

[verb] arrive | deploy
  # The receiving side is coded from the peacekeepers' arrival only when
  # the host is named: "UN peacekeepers deployed in Lebanon" (0861 from
  # Lebanon's side is linked to 074 by the codebook; kept to 074 here).
  074  $PEACEKEEPERS * in TARGET ; conf=0.7 modal=0334

# ---------------------------------------------------------------------------
# 087  De-escalate military engagement
# ---------------------------------------------------------------------------

[verb] declare | announce | agree | observe | respect | implement | accept | sign | reach | extend | renew | honor | honour | uphold | abide by | begin | start | enter | call
  # Declarations and agreements of ceasefire are 0871 by the codebook
  # even when the fighting has not yet stopped.
  0871 * $CEASEFIRE with TARGET ; recip neg=1246 modal=0356
  0871 * $CEASEFIRE in TARGET ; neg=1246 modal=0356
  0871 * $CEASEFIRE ; recip neg=1246 modal=0356
  0871 * to $CEASEFIRE with TARGET ; recip neg=1246 modal=0356
  0871 * to $CEASEFIRE ; recip neg=1246 modal=0356
  0871 * on $CEASEFIRE with TARGET ; recip neg=1246 modal=0356
  0871 * on $CEASEFIRE ; recip neg=1246 modal=0356
  0871 * into $CEASEFIRE with TARGET ; recip neg=1246 modal=0356
  0871 * into $CEASEFIRE ; recip neg=1246 modal=0356

[verb] cease fire | hold fire | hold their fire | stop shooting | stop firing | lay down arms
  0871 * ; notarget neg=1246 modal=0356
  0871 * on TARGET ; neg=1246 modal=0356

[verb] halt | stop | suspend | end | cease | pause | call off | scale back | scale down | wind down | curb | reduce | limit | freeze
  # Actual halts of attacks or operations.
  087  * $ATTACK on TARGET ; neg=1246 modal=0356
  087  * $ATTACK against TARGET ; neg=1246 modal=0356
  087  * $ATTACK in TARGET ; neg=1246 modal=0356
  087  * $ATTACK ; neg=1246 conf=0.8 modal=0356
  087  * $FIGHTING with TARGET ; recip neg=1246 modal=0356
  087  * $FIGHTING in TARGET ; neg=1246 modal=0356
  087  * $FIGHTING ; neg=1246 conf=0.8 modal=0356
  087  * offensive against TARGET ; neg=1246 modal=0356
  087  * offensive in TARGET ; neg=1246 modal=0356
  087  * operation in TARGET ; neg=1246 conf=0.8 modal=0356
  087  * operation against TARGET ; neg=1246 conf=0.8 modal=0356
  087  * advance on TARGET ; neg=1246 modal=0356
  087  * hostility ; neg=1246 modal=0356

[verb] de-escalate | deescalate | stand down | disengage | step back
  087  * ; notarget neg=1246 conf=0.8 modal=0356
  087  * with TARGET ; recip neg=1246 modal=0356

[verb] lift | ease | relax | loosen | end | raise
  0872 * $BLOCKADE of TARGET ; neg=1246 modal=0356
  0872 * $BLOCKADE on TARGET ; neg=1246 modal=0356
  0872 * $BLOCKADE against TARGET ; neg=1246 modal=0356
  0872 * $BLOCKADE ; neg=1246 modal=0356
  0872 * siege of TARGET ; neg=1246 modal=0356

[verb] reopen | open
  0872 * $CROSSING with TARGET ; neg=1246 conf=0.7 modal=0356
  0872 * port of TARGET ; neg=1246 conf=0.7 modal=0356
  0872 * airport of TARGET ; neg=1246 conf=0.7 modal=0356

[verb] disarm | demobilize | demobilise | disband | decommission | dismantle | scrap | surrender | hand over | hand in | give up | turn in | lay down | relinquish | deactivate
  # Not "destroy" (destroying an enemy's weapons is an attack).
  # The source demobilizes; the target is the former opponent or whom the
  # weapons are handed to.
  0873 * $WEAPONS to TARGET ; neg=1246 modal=0356
  0873 * TARGET $WEAPONS ; neg=1246 conf=0.7 modal=0356
  0873 * $WEAPONS ; neg=1246 modal=0356
  0873 * $WMD ; neg=1246 modal=0356
  0873 * arms ; neg=1246 modal=0356
  0873 * $TROOPS ; neg=1246 conf=0.8 modal=0356
  0873 * fighter ; neg=1246 conf=0.8 modal=0356
  0873 * militia ; neg=1246 conf=0.8 modal=0356

[verb] disarm | demobilize | demobilise
  0873 * ; notarget neg=1246 conf=0.7 modal=0356

[verb] draw down | reduce | cut | scale back | scale down | thin out
  # Reductions short of a comprehensive withdrawal: 087.
  087  * $TROOPS in TARGET ; neg=1246 modal=0356
  087  * $TROOPS from TARGET ; neg=1246 modal=0356
  087  * presence in TARGET ; neg=1246 modal=0356
  087  * $TROOPS ; neg=1246 conf=0.7 modal=0356

[verb] withdraw | pull out | pull back | retreat | evacuate | remove | bring home | bring back
  # Military withdrawals (0874).  NEVER without neg=: "no plans to
  # withdraw" must code 1246, not 0874.  The target is the place or party
  # withdrawn from.
  0874 * $TROOPS from TARGET ; neg=1246 modal=0356
  0874 * $TROOPS stationed in TARGET ; neg=1246 modal=0356
  0874 * $TROOPS deployed in TARGET ; neg=1246 modal=0356
  0874 * $TROOPS in TARGET ; neg=1246 conf=0.8 modal=0356
  0874 * $TROOPS ; neg=1246 conf=0.8 modal=0356
  0874 * force from TARGET ; neg=1246 modal=0356

[verb] speed up | accelerate | complete | hasten | finish | carry out | begin | start
  # A withdrawal under way: "The United States speeded up the withdrawal of
  # some invasion forces from Panama" (the noun alone is not coded: see
  # the header).
  0874 * $WITHDRAWAL of $TROOPS from TARGET ; neg=1246 modal=0356
  0874 * $WITHDRAWAL from TARGET ; neg=1246 modal=0356

[verb] withdraw | pull out | pull back | retreat | pull away | fall back
  # Intransitive: "US forces withdrew from Iraq", "pulled out of Kabul".
  0874 * from TARGET ; neg=1246 modal=0356
  0874 * of TARGET ; neg=1246 modal=0356
  0874 $TROOPS * ; notarget neg=1246 conf=0.7 modal=0356

[verb] leave | quit | abandon | vacate | evacuate | exit | depart
  # Only with a military subject: "Sudani left Baghdad for Washington" is
  # a visit (042), "US troops left Iraq" a withdrawal.
  0874 $TROOPS * TARGET ; neg=1246 modal=0356
  0874 $TROOPS * $TERRITORY in TARGET ; neg=1246 modal=0356
  0874 $TROOPS * $TERRITORY ; notarget neg=1246 conf=0.7 modal=0356

[verb] abandon | vacate | evacuate | relinquish | give up | cede | yield
  0874 * position in TARGET ; neg=1246 modal=0356
  0874 * base in TARGET ; neg=1246 modal=0356
  0874 * position ; notarget neg=1246 conf=0.7 modal=0356
  0874 * control of _ to TARGET ; neg=1246 modal=0356
  0874 * $TERRITORY to TARGET ; neg=1246 conf=0.8 modal=0356

[verb] hand over | transfer | turn over
  0874 * control of _ to TARGET ; neg=1246 modal=0356
  0874 * responsibility for security to TARGET ; neg=1246 modal=0356
  0874 * base to TARGET ; neg=1246 modal=0356

[verb] surrender | capitulate | give up | give themselves up
  0874 * to TARGET ; neg=1246 modal=0356
  0874 * to force TARGET ; neg=1246 modal=0356
  0874 * ; notarget neg=1246 conf=0.7 modal=0356

[noun] surrender | capitulation | retreat | pullback
  # Reported surrenders ("the surrender of the garrison to Kurdish
  # forces").  Not "withdrawal" / "exit" / "departure": see the header.
  0874 SOURCE * to TARGET ; neg=1246 modal=0356
