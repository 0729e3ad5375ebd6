# CAMEO root 05 -- ENGAGE IN DIPLOMATIC COOPERATION (050-057).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# 050 resuming / improving / expanding diplomatic ties (first-time ties and
# recognition are 054); 051 praise, endorsement, expressed support; 052
# verbal defence; 053 rallying third parties behind the target; 055
# apology; 056 forgiveness (pardons and amnesties of prisoners are 0841);
# 057 signing, ratifying or concluding an agreement (promises to sign are
# 03x).  Mentions of existing agreements ("under the 2008 agreement") are
# not events, so agreement nouns get no pattern of their own here.

# ---------------------------------------------------------------------------
# 050  Engage in diplomatic cooperation, not specified below
# ---------------------------------------------------------------------------

[verb] restore | resume | normalize | normalise | improve | upgrade | mend | repair | strengthen | deepen | expand | boost | bolster | warm | revive | rebuild | reset | thaw | enhance | consolidate | cement
  050  * $RELATIONS with TARGET ; recip modal=032
  050  * $DIPLOMATIC_COOPERATION with TARGET ; recip modal=032
  050  * $RELATIONS between _ and TARGET ; recip conf=0.7 modal=032
  050  * $RELATIONS ; recip conf=0.8 modal=032

[verb] reopen
  050  * embassy in TARGET ; modal=032
  050  * $EMBASSY in TARGET ; modal=032
  050  * consulate in TARGET ; modal=032
  050  * mission in TARGET ; conf=0.8 modal=032
  050  * embassy TARGET ; conf=0.8 modal=032

[verb] appoint | name | nominate | accredit | post | send back | return
  # Ambassadors and envoys exchanged after a freeze.
  050  * ambassador to TARGET ; modal=032
  050  * envoy to TARGET ; conf=0.8 modal=032

[verb] exchange
  050  * ambassador with TARGET ; recip modal=032
  050  * envoy with TARGET ; recip modal=032

[verb] upgrade
  050  * $RELATIONS with TARGET to _ ; recip modal=032

[noun] rapprochement | normalization | normalisation | detente | détente | thaw | reset | reconciliation | warming | entente
  050  SOURCE * with TARGET ; recip modal=032
  050  * between SOURCE and TARGET ; recip modal=032
  050  SOURCE * of $RELATIONS with TARGET ; recip modal=032

# ---------------------------------------------------------------------------
# 051  Praise or endorse
# ---------------------------------------------------------------------------

[verb] praise | commend | laud | hail | applaud | salute | extol | acclaim | compliment | congratulate | thank | honor | honour | celebrate | fete | lionize | eulogize | cheer | glorify | exalt | bless | felicitate
  051  * TARGET ; modal=032
  051  * TARGET for _ ; modal=032
  051  * _ of TARGET ; modal=032
  051  * _ by TARGET ; modal=032
  051  * _ TARGET ; conf=0.8 modal=032

[verb] welcome
  # "welcomed Iran's decision", "welcomed the release by Hamas".
  # Hosting ("welcomed Modi to Washington") is 043 (04_consult.lex).
  051  * TARGET ; conf=0.8 modal=032
  051  * _ of TARGET ; modal=032
  051  * _ by TARGET ; modal=032
  051  * _ TARGET ; conf=0.8 modal=032

[verb] endorse | back | support | approve | champion | embrace | favor | favour | espouse | uphold
  # Verbal / political support.  Material support is 06x-07x.
  051  * TARGET ; conf=0.8 modal=032
  051  * _ of TARGET ; conf=0.8 modal=032
  051  * _ by TARGET ; conf=0.8 modal=032
  051  * TARGET in _ ; conf=0.8 modal=032
  051  * candidacy of TARGET ; modal=032
  051  * bid of TARGET ; modal=032
  051  * bid TARGET ; modal=032
  051  * candidacy TARGET ; modal=032

[verb] legitimize | legitimise
  # Lending legitimacy to an actor ("the visit legitimized the junta").
  051  * TARGET ; conf=0.8 modal=032
  051  * rule of TARGET ; conf=0.8 modal=032

[verb] side | stand | align
  # "sided with Kyiv", "stands with Israel", "aligned itself with Moscow"
  051  * with TARGET ; modal=032
  051  * by TARGET ; conf=0.8 modal=032
  051  * behind TARGET ; modal=032
  051  * with TARGET against _ ; modal=032

[verb] admire | appreciate | value | respect | cherish | esteem | trust
  051  * TARGET ; conf=0.7 modal=032
  051  * _ of TARGET ; conf=0.7 modal=032
  051  * role of TARGET ; conf=0.8 modal=032
  051  * effort of TARGET ; conf=0.8 modal=032

[verb] express | voice | extend | convey | reaffirm | reiterate | declare | show | pay
  051  * $SUPPORT for TARGET ; modal=032
  051  * $SUPPORT to TARGET ; modal=032
  051  * $SUPPORT with TARGET ; modal=032
  051  * $PRAISE for TARGET ; modal=032
  051  * $PRAISE to TARGET ; modal=032
  051  * $PRAISE of TARGET ; modal=032
  051  * tribute to TARGET ; modal=032

[verb] give | lend | throw
  # "lent its support to the plan", "threw its weight behind Kyiv"
  051  * $SUPPORT to TARGET ; modal=032
  051  * weight behind TARGET ; modal=032
  051  * backing to TARGET ; modal=032
  051  * blessing to TARGET ; modal=032

[verb] speak | think
  051  * highly of TARGET ; modal=032
  051  * well of TARGET ; modal=032

[verb] vote
  # Political endorsement by a vote: "voted for the resolution", "voted in
  # favour of Palestine's membership".
  051  * for TARGET ; conf=0.7 modal=032
  051  * in favor of TARGET ; conf=0.8 modal=032
  051  * in favour of TARGET ; conf=0.8 modal=032

[noun] praise | commendation | tribute | endorsement | support | backing | appreciation | gratitude | thanks | congratulations | solidarity | approval | acclaim | accolade | admiration | blessing | plaudit
  051  SOURCE * for TARGET ; modal=032
  051  SOURCE * of TARGET ; modal=032
  051  SOURCE * to TARGET ; modal=032
  051  SOURCE * with TARGET ; modal=032

[noun] supporter | backer | champion | defender | advocate | proponent
  # "Iraq has been a staunch supporter of the Palestinians" (light verb
  # "be": the subject is the source, as in the seed's "vocal critic of").
  # Not "ally" / "friend": "Jordan, a close US ally" is a description.
  051  SOURCE * of TARGET ; conf=0.8 modal=032

# ---------------------------------------------------------------------------
# 052  Defend verbally
# ---------------------------------------------------------------------------
# "defend" is also military ("defend itself from terrorism", "defended
# the city"): only verbal objects are coded.

[verb] defend | justify | excuse | vindicate | rationalize | rationalise
  052  * decision of TARGET ; modal=032
  052  * decision TARGET ; modal=032
  052  * action of TARGET ; modal=032
  052  * action TARGET ; modal=032
  052  * policy of TARGET ; modal=032
  052  * policy TARGET ; modal=032
  052  * conduct of TARGET ; modal=032
  052  * right of TARGET ; modal=032
  052  * right TARGET ; modal=032
  052  * record of TARGET ; modal=032
  052  * TARGET against $ACCUSATION ; modal=032
  052  * TARGET against criticism ; modal=032
  052  * TARGET from criticism ; modal=032
  052  * TARGET in face of criticism ; modal=032
  052  * TARGET over _ ; conf=0.7 modal=032
  052  * _ by TARGET ; conf=0.7 modal=032

[verb] stick up | stand up | speak up | speak out
  052  * for TARGET ; modal=032

[verb] vouch
  052  * for TARGET ; modal=032

[verb] come
  052  * to defense of TARGET ; modal=032
  052  * to defence of TARGET ; modal=032
  052  * to aid of TARGET ; conf=0.6 modal=032

[verb] rush | leap | spring
  052  * to defense of TARGET ; modal=032
  052  * to defence of TARGET ; modal=032

[noun] defense | defence | justification
  052  SOURCE * of decision of TARGET ; modal=032
  052  SOURCE * of TARGET against $ACCUSATION ; modal=032
  052  SOURCE * of TARGET against criticism ; modal=032
  052  SOURCE * of policy TARGET ; modal=032
  052  SOURCE * of right of TARGET ; modal=032

# ---------------------------------------------------------------------------
# 053  Rally support on behalf of
# ---------------------------------------------------------------------------

[verb] rally | mobilize | mobilise | drum up | muster | garner | marshal | galvanize | galvanise | enlist | whip up | canvass | build | gather
  053  * $SUPPORT for TARGET ; modal=032
  053  * $SUPPORT behind TARGET ; modal=032
  053  * $SUPPORT on behalf of TARGET ; modal=032
  053  * $SUPPORT to TARGET ; conf=0.8 modal=032
  053  * _ behind TARGET ; modal=032
  053  * _ for TARGET ; conf=0.6 modal=032

[verb] lobby | campaign | advocate | press | agitate | push
  # "lobbied for Ukraine's membership", "campaigned on behalf of the
  # Kurds": pleading another party's cause with third parties.
  053  * on behalf of TARGET ; modal=032
  053  * for TARGET ; conf=0.7 modal=032
  053  * for membership of TARGET ; modal=032
  053  * for _ of TARGET ; conf=0.7 modal=032

[verb] urge | call | appeal
  053  * _ to support TARGET ; modal=032
  053  * _ to back TARGET ; modal=032
  053  * _ to stand by TARGET ; modal=032
  053  * _ to stand with TARGET ; modal=032
  053  * on _ to support TARGET ; modal=032
  053  * on _ to back TARGET ; modal=032
  053  * on _ to stand with TARGET ; modal=032
  053  * to _ to support TARGET ; modal=032
  053  * for solidarity with TARGET ; modal=032

[noun] campaign | drive | effort | lobbying
  053  SOURCE * on behalf of TARGET ; modal=032
  053  SOURCE * to rally $SUPPORT for TARGET ; modal=032
  053  SOURCE * for $SUPPORT for TARGET ; modal=032

# ---------------------------------------------------------------------------
# 054  Grant diplomatic recognition
# ---------------------------------------------------------------------------

[verb] recognize | recognise
  054  * TARGET ; modal=032
  054  * TARGET as _ ; modal=032
  054  * independence of TARGET ; modal=032
  054  * independence TARGET ; modal=032
  054  * statehood of TARGET ; modal=032
  054  * statehood TARGET ; modal=032
  054  * government of TARGET ; modal=032
  054  * government TARGET ; conf=0.8 modal=032
  054  * sovereignty of TARGET ; conf=0.8 modal=032
  054  * sovereignty TARGET ; conf=0.8 modal=032

[verb] establish | open | forge | initiate
  # First-time ties; resumed or upgraded ties are 050.
  054  * $RELATIONS with TARGET ; recip modal=032
  054  * $DIPLOMATIC_COOPERATION with TARGET ; recip modal=032
  054  * embassy in TARGET ; modal=032
  054  * $EMBASSY in TARGET ; modal=032

[verb] accord | grant | extend | give
  054  * $RECOGNITION to TARGET ; modal=032
  054  * TARGET $RECOGNITION ; modal=032

[verb] admit | accept | welcome
  # Admission to an organisation: "admitted Palestine as a member"
  054  * TARGET as member ; modal=032
  054  * TARGET as _ member ; modal=032
  054  * membership of TARGET ; modal=032

[noun] recognition | diplomatic recognition
  054  SOURCE * of TARGET ; modal=032
  054  SOURCE * of TARGET as _ ; modal=032
  054  SOURCE * of independence of TARGET ; modal=032
  054  SOURCE * of independence TARGET ; modal=032
  054  SOURCE * of statehood of TARGET ; modal=032

# ---------------------------------------------------------------------------
# 055  Apologize
# ---------------------------------------------------------------------------

[verb] apologize | apologise | say sorry | atone
  055  * to TARGET
  055  * to TARGET for _
  055  * for _ of TARGET
  055  * for _ on TARGET
  055  * for _ against TARGET
  055  * for _ to TARGET
  055  * for _ in TARGET
  055  * to TARGET over _
  055  * over _ of TARGET
  055  * over _ on TARGET
  055  * for _ ; conf=0.8

[verb] express | voice | convey | offer | show
  055  * regret to TARGET
  055  * regret for _ of TARGET ; conf=0.8
  055  * regret for _ on TARGET ; conf=0.8
  055  * regret over _ of TARGET ; conf=0.8
  055  * regret over _ on TARGET ; conf=0.8
  055  * remorse for _ of TARGET
  055  * remorse for _ on TARGET
  055  * remorse over _
  055  * remorse for _
  055  * contrition to TARGET
  055  * contrition for _

[verb] regret
  # "regrets the deaths of the aid workers" (its own act)
  055  * _ of TARGET ; conf=0.7
  055  * _ on TARGET ; conf=0.7

[verb] ask | beg | seek | request | implore
  055  * forgiveness of TARGET
  055  * forgiveness TARGET
  055  * forgiveness from TARGET
  055  * TARGET for forgiveness
  055  * pardon of TARGET ; conf=0.8
  055  * pardon TARGET ; conf=0.7

[verb] bow
  055  * in apology to TARGET
  055  * in apology ; conf=0.8

[noun] apology | apologies | mea culpa | expression of regret | contrition
  055  SOURCE * to TARGET
  055  SOURCE * to TARGET for _
  055  SOURCE * for _ of TARGET
  055  SOURCE * for _ on TARGET
  055  SOURCE * for _ against TARGET
  055  SOURCE * over _ of TARGET
  055  SOURCE * for _ ; conf=0.8

# ---------------------------------------------------------------------------
# 056  Forgive
# ---------------------------------------------------------------------------

[verb] forgive | absolve | exonerate
  # Pardons and amnesties of prisoners are 0841 (08_yield.lex); debt
  # forgiveness is aid (071).
  056  * TARGET
  056  * TARGET for _
  056  * _ of TARGET ; conf=0.7

[verb] accept
  # "accepted Japan's apology"
  056  * apology of TARGET
  056  * apology from TARGET
  056  * apology TARGET

[verb] bury
  056  * hatchet with TARGET ; recip
  056  * hatchet ; recip

[verb] extend | offer
  056  * hand of friendship to TARGET ; conf=0.8
  056  * branch to TARGET
  056  * forgiveness to TARGET

[noun] forgiveness | absolution
  056  SOURCE * for TARGET
  056  SOURCE * of TARGET ; conf=0.8
  056  SOURCE * to TARGET

[noun] olive branch
  056  SOURCE * to TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 057  Sign formal agreement
# ---------------------------------------------------------------------------

[verb] sign | ink | conclude | finalize | finalise | ratify | seal | initial | clinch | co-sign | countersign | formalize | formalise | sign off on
  057  * $AGREEMENT with TARGET ; recip modal=030
  057  * $AGREEMENT on _ with TARGET ; recip modal=030
  057  * $AGREEMENT to _ with TARGET ; recip modal=030
  057  * $AGREEMENT between _ and TARGET ; recip conf=0.7 modal=030
  057  * $AGREEMENT ; recip conf=0.8 modal=030
  057  * $PEACE with TARGET ; recip modal=030
  # Ceasefire agreements are 0871 (08_yield.lex), not 057.

[verb] reach | strike | hammer out | thrash out | work out | agree | secure | nail down
  # "reached a deal with", "struck an agreement with": CAMEO codes 057
  # only when the agreement is finalized, so the confidence is lowered.
  # Failing to reach one is an impasse (164): "Palestinians and Israelis
  # failed to reach agreement ... despite hours of tense negotiations".
  057  * $AGREEMENT with TARGET ; recip conf=0.8 modal=030 neg=164
  057  * $AGREEMENT on _ with TARGET ; recip conf=0.8 modal=030 neg=164
  057  * $AGREEMENT between _ and TARGET ; recip conf=0.6 modal=030 neg=164
  057  * $AGREEMENT ; recip conf=0.7 modal=030 neg=164

[verb] accede | join | adhere
  # Accession to a treaty: "acceded to the Non-Proliferation Treaty".
  057  * to treaty ; conf=0.8 modal=030
  057  * to convention ; conf=0.8 modal=030
  057  * to $AGREEMENT ; conf=0.7 modal=030

[verb] enter
  057  * into $AGREEMENT with TARGET ; recip modal=030
  057  * into $AGREEMENT ; recip conf=0.8 modal=030

[noun] signing | ratification | conclusion | finalization | finalisation | signature
  057  SOURCE * of $AGREEMENT with TARGET ; recip modal=030
  057  SOURCE * of $AGREEMENT between _ and TARGET ; recip conf=0.7 modal=030
  057  SOURCE * of $AGREEMENT ; recip conf=0.8 modal=030
  057  SOURCE * of $PEACE with TARGET ; recip modal=030

[verb] settle | resolve
  # "India and Bangladesh settled their border dispute": a concluded
  # settlement.  Promises to settle are 037; appeals to others 027.
  057  * dispute with TARGET ; recip conf=0.7 modal=030
  057  * difference with TARGET ; recip conf=0.7 modal=030
  057  * dispute ; recip conf=0.6 modal=030
