# CAMEO root 01 -- MAKE PUBLIC STATEMENT (010-019).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Policy (CODING_GUIDELINE.md, "Not events"): bare speech verbs -- say,
# tell, state, add, note, stress, reiterate -- are attribution, not events,
# and are deliberately NOT coded 010 here.  Root 01 patterns require the
# specific content that CAMEO names: a pessimistic or optimistic comment
# (012/013), a policy option under consideration (014), a claim or denial
# of responsibility (015/016), a symbolic act (017), an empathetic comment
# (018) or an expression of accord (019).  The only 010 patterns are
# formal addresses to a body ("addressed parliament"), where the act of
# addressing is itself reported.

# ---------------------------------------------------------------------------
# 010  Make statement, not specified below
# ---------------------------------------------------------------------------

[verb] address
  # "Sudani addressed the Iraqi parliament" -- a formal speech to a body.
  # ("briefed reporters" / "spoke to Reuters" are attribution: no pattern.)
  010  * TARGET ; conf=0.7

[noun] address | speech
  # "in a speech to parliament", "an address to the nation"
  010  SOURCE * to TARGET ; conf=0.6
  010  SOURCE * before TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# 011  Decline comment
# ---------------------------------------------------------------------------

[verb] decline | refuse
  011  * to comment on TARGET
  011  * to comment
  011  * comment
  011  * to elaborate on TARGET
  011  * to elaborate
  011  * to confirm _
  011  * to discuss _ ; conf=0.7
  011  * to speculate on _
  011  * to answer _ ; conf=0.7

[verb] withhold
  # "withheld comment on the report"
  011  * comment on TARGET
  011  * comment

# ---------------------------------------------------------------------------
# 012  Make pessimistic comment
# ---------------------------------------------------------------------------

[verb] express | voice | air | signal | convey
  012  * $PESSIMISM about TARGET
  012  * $PESSIMISM over TARGET
  012  * $PESSIMISM at TARGET
  012  * $PESSIMISM on TARGET
  012  * $PESSIMISM

[noun] pessimism | skepticism | scepticism | doubt | misgiving | gloom
  012  SOURCE * about TARGET
  012  SOURCE * over TARGET
  012  SOURCE * on TARGET

[verb] pessimistic | skeptical | sceptical | doubtful | gloomy | worried | concerned
  # copular adjectives: "said he was pessimistic about the chances of talks
  # with Syria", "skeptical over Moscow's will to agree"
  012  * about TARGET ; conf=0.7
  012  * over TARGET ; conf=0.7
  012  * of TARGET ; conf=0.7
  012  * about _ ; conf=0.6
  012  * over _ ; conf=0.6

[verb] doubt
  # "doubted the sincerity of Iran's offer"
  012  * _ of TARGET ; conf=0.7
  012  * TARGET ; conf=0.6

[verb] worry | fret
  # "Jordan worries about the spread of the conflict": a negative outlook.
  012  * about TARGET ; conf=0.7
  012  * over TARGET ; conf=0.7
  012  * about _ of TARGET ; conf=0.6

[verb] despair
  012  * of TARGET ; conf=0.8
  012  * over TARGET ; conf=0.8

[verb] fear
  # "fears the talks will fail": pessimism about an outcome.
  012  * _ of TARGET ; conf=0.6

[verb] predict | forecast | foresee
  012  * failure of TARGET ; conf=0.8
  012  * collapse of TARGET ; conf=0.8
  012  * $FIGHTING with TARGET ; conf=0.7

[verb] lament | bemoan | rue
  012  * _ of TARGET ; conf=0.6
  012  * _ TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# 013  Make optimistic comment
# ---------------------------------------------------------------------------

[verb] express | voice | air | signal | convey
  013  * $OPTIMISM about TARGET
  013  * $OPTIMISM over TARGET
  013  * $OPTIMISM in TARGET
  013  * $OPTIMISM on TARGET
  013  * $OPTIMISM

[noun] optimism | hopefulness
  013  SOURCE * about TARGET
  013  SOURCE * over TARGET
  013  SOURCE * on TARGET

[noun] confidence
  # "expressed confidence in the Iraqi government"
  013  SOURCE * in TARGET
  013  SOURCE * about TARGET

[verb] optimistic | confident | hopeful | upbeat
  # copular adjectives: "was confident that the United States would ...",
  # "optimistic about relations with Iran"
  013  * about TARGET ; conf=0.7
  013  * of TARGET ; conf=0.7
  013  * in TARGET ; conf=0.7
  013  * about _ ; conf=0.6
  013  * that _ ; conf=0.6

[verb] assure | reassure
  # CAMEO 013 covers assurance: "Washington assured Baghdad that ..."
  013  * TARGET

[noun] assurance | reassurance
  013  SOURCE * to TARGET

[verb] predict | forecast | foresee
  013  * success of TARGET ; conf=0.8
  013  * breakthrough with TARGET ; conf=0.8
  013  * progress in _ with TARGET ; conf=0.8

[verb] hope
  # "hoped for progress in talks with Iran": optimism about an outcome.
  013  * for _ with TARGET ; conf=0.7
  013  * for $PEACE with TARGET ; conf=0.8

[verb] hail | welcome
  # Optimism about a development involving the target; praise of the
  # target itself is 051 (05_diplomatic.lex).
  013  * progress in _ with TARGET ; conf=0.8
  013  * progress with TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 014  Consider policy option
# ---------------------------------------------------------------------------

[verb] consider | weigh | mull | mull over | weigh up | contemplate | ponder | explore | debate | reconsider | study | evaluate | assess
  014  * $SANCTIONS against TARGET
  014  * $SANCTIONS on TARGET
  014  * $WITHDRAWAL from TARGET
  014  * $ATTACK on TARGET ; conf=0.8
  014  * $ATTACK against TARGET ; conf=0.8
  014  * $TALKS with TARGET
  014  * $COOPERATION with TARGET
  014  * $AID to TARGET
  014  * $AID for TARGET
  014  * $RECOGNITION of TARGET
  014  * $PLAN by TARGET
  014  * $PLAN from TARGET
  014  * $PLAN of TARGET
  014  * _ against TARGET ; conf=0.6
  014  * _ with TARGET ; conf=0.6
  014  * _ to TARGET ; conf=0.6

[verb] think | deliberate
  # "thinking about sanctions against Iran", "deliberated on the plan"
  014  * about $SANCTIONS against TARGET ; conf=0.8
  014  * about $WITHDRAWAL from TARGET ; conf=0.8
  014  * about $PLAN by TARGET ; conf=0.8
  014  * about $PLAN of TARGET ; conf=0.8
  014  * on $SANCTIONS against TARGET ; conf=0.8
  014  * on $PLAN by TARGET ; conf=0.8
  014  * on $PLAN of TARGET ; conf=0.8
  014  * over $PLAN of TARGET ; conf=0.8

[noun] consideration | deliberation
  014  SOURCE * of $SANCTIONS against TARGET
  014  SOURCE * of $WITHDRAWAL from TARGET
  014  SOURCE * of $PLAN by TARGET

[noun] review
  # "launched a review of its military presence in Iraq", "a review of
  # relations with Iran".  Reviews of crimes and abuses are 09x.
  014  SOURCE * of $RELATIONS with TARGET
  014  SOURCE * of $OCCUPATION in TARGET
  014  SOURCE * of $AID to TARGET
  014  SOURCE * of $SANCTIONS on TARGET
  014  SOURCE * of $SANCTIONS against TARGET

# ---------------------------------------------------------------------------
# 015  Acknowledge or claim responsibility
# ---------------------------------------------------------------------------

[verb] claim | accept | acknowledge | admit | take | assume | bear | shoulder
  # "claimed responsibility for the attack on US forces"
  015  * $RESPONSIBILITY for _ on TARGET
  015  * $RESPONSIBILITY for _ against TARGET
  015  * $RESPONSIBILITY for _ of TARGET
  015  * $RESPONSIBILITY for _ in TARGET
  015  * $RESPONSIBILITY for TARGET
  015  * $RESPONSIBILITY

[verb] admit | acknowledge | confess | concede
  # "admitted killing the journalist", "acknowledged its mistake"
  015  * _ on TARGET ; conf=0.7
  015  * _ against TARGET ; conf=0.7
  015  * mistake ; conf=0.8
  015  * error ; conf=0.8
  015  * wrongdoing
  015  * guilt
  015  * $CRIME
  015  * _ TARGET ; conf=0.6

[verb] own up
  # "owned up to the mistake"
  015  * to mistake
  015  * to error
  015  * to wrongdoing
  015  * to $RESPONSIBILITY

[verb] retract | withdraw | take back | walk back | recant
  # Retracting one's own statement without remorse.
  015  * $ACCUSATION against TARGET
  015  * $ACCUSATION
  015  * statement ; conf=0.8
  015  * remark about TARGET
  015  * remark ; conf=0.8
  015  * comment ; conf=0.8

[noun] admission | acknowledgment | acknowledgement | confession
  015  SOURCE * of $RESPONSIBILITY for _ on TARGET
  015  SOURCE * of $RESPONSIBILITY for _ against TARGET
  015  SOURCE * of $RESPONSIBILITY for TARGET
  015  SOURCE * of $RESPONSIBILITY
  015  SOURCE * of $CRIME
  015  SOURCE * of guilt
  015  SOURCE * of wrongdoing

[noun] claim
  # "a claim of responsibility for the attack on ..."
  015  SOURCE * of $RESPONSIBILITY for _ on TARGET
  015  SOURCE * of $RESPONSIBILITY for _ against TARGET
  015  SOURCE * of $RESPONSIBILITY for TARGET

[noun] retraction
  015  SOURCE * of $ACCUSATION against TARGET
  015  SOURCE * of _ ; conf=0.7

# ---------------------------------------------------------------------------
# 016  Reject accusation, deny responsibility
# ---------------------------------------------------------------------------
# The target is the accuser when named ("denied the accusations by Israel");
# otherwise the party the alleged act was aimed at ("denied attacking US
# forces" -> target USA MIL).  The ENGINE must treat deny/dismiss/... as
# negating their complement, so that "denied attacking" yields 016 and no
# attack event (roots 18-20).

[verb] deny | reject | dismiss | refute | rebut | deflect | disavow | disown | brush off | brush aside | shrug off | repudiate | contest | dispute | counter
  016  * $ACCUSATION by TARGET
  016  * $ACCUSATION from TARGET
  016  * $ACCUSATION made by TARGET
  016  * $ACCUSATION TARGET ; conf=0.8
  016  * $ACCUSATION

[verb] deny | disavow | disown | reject | dismiss | refute | repudiate
  # "denied involvement / responsibility / any role in the attack on ..."
  016  * $RESPONSIBILITY in _ on TARGET
  016  * $RESPONSIBILITY in _ against TARGET
  016  * $RESPONSIBILITY in _ of TARGET
  016  * $RESPONSIBILITY for _ on TARGET
  016  * $RESPONSIBILITY for _ against TARGET
  016  * $RESPONSIBILITY for _ of TARGET
  016  * $RESPONSIBILITY in TARGET
  016  * $RESPONSIBILITY for TARGET
  016  * $RESPONSIBILITY with TARGET
  016  * $RESPONSIBILITY to TARGET
  016  * $RESPONSIBILITY

[verb] deny
  # "denied attacking US forces", "denied that it had shelled the town",
  # "denied any wrongdoing", "denied the charges".
  016  * _ TARGET ; conf=0.8
  016  * _ on TARGET
  016  * _ against TARGET
  016  * wrongdoing
  016  * guilt
  016  * $CRIME
  016  * $ABUSE
  016  * $WAR_CRIME
  016  * report ; conf=0.8
  # Not "016 * TARGET": "Israel denied aid agencies access" is a refusal
  # to allow involvement (1245), not a denial of responsibility.

[noun] denial | rebuttal | refutation | disavowal | repudiation
  016  SOURCE * of $ACCUSATION by TARGET
  016  SOURCE * of $ACCUSATION from TARGET
  016  SOURCE * of $ACCUSATION
  016  SOURCE * of $RESPONSIBILITY in _ on TARGET
  016  SOURCE * of $RESPONSIBILITY in _ against TARGET
  016  SOURCE * of $RESPONSIBILITY for _ on TARGET
  016  SOURCE * of $RESPONSIBILITY in TARGET
  016  SOURCE * of $RESPONSIBILITY
  016  SOURCE * to TARGET ; conf=0.7

# ---------------------------------------------------------------------------
# 017  Engage in symbolic act
# ---------------------------------------------------------------------------

[verb] lay | place
  # "laid a wreath at the memorial to the victims"
  017  * wreath for TARGET
  017  * wreath at _ of TARGET
  017  * wreath ; notarget
  017  * flower at _ of TARGET ; conf=0.8
  017  * flower for TARGET ; conf=0.8

[verb] attend
  # Funerals, memorials and commemorations.
  017  * funeral of TARGET
  017  * funeral for TARGET
  017  * memorial for TARGET
  017  * commemoration of TARGET
  017  * ceremony for TARGET ; conf=0.8
  017  * funeral ; notarget
  017  * commemoration ; notarget
  017  * inauguration of TARGET ; conf=0.8

[verb] hold | organize | organise | stage
  017  * vigil for TARGET
  017  * vigil ; notarget
  017  * memorial for TARGET
  017  * minute of silence for TARGET
  017  * moment of silence for TARGET
  017  * funeral for TARGET ; conf=0.8
  017  * $MOURNING for TARGET

[verb] observe | keep
  017  * minute of silence for TARGET
  017  * moment of silence for TARGET
  017  * silence for TARGET
  017  * minute of silence ; notarget
  017  * moment of silence ; notarget
  017  * $MOURNING for TARGET

[verb] declare | announce | proclaim
  017  * $MOURNING for TARGET
  017  * $MOURNING ; notarget

[verb] lower | fly
  # Flags at half-mast.
  017  * flag for TARGET
  017  * flag at half-mast ; notarget
  017  * flag at half-staff ; notarget

[verb] pay
  # Symbolic visits to graves and memorials; verbal "tribute" is 051.
  017  * respect to TARGET
  017  * homage to TARGET
  017  * visit to _ of TARGET ; conf=0.6

[verb] shake hands | shake
  # The handshake reported as a gesture ("shook hands with Abbas").
  017  * hand with TARGET ; recip
  017  * with TARGET ; recip
  017  * hand TARGET ; conf=0.8

[verb] unveil | inaugurate | dedicate
  017  * monument to TARGET
  017  * memorial to TARGET
  017  * statue of TARGET
  017  * plaque to TARGET ; conf=0.8

[verb] plant
  017  * tree for TARGET ; conf=0.7
  017  * tree of friendship with TARGET ; conf=0.7

[verb] light
  017  * candle for TARGET
  017  * torch for TARGET ; conf=0.7

[verb] raise | hoist
  # Raising a flag as a political gesture.
  017  * flag of TARGET ; conf=0.7
  017  * flag over _ ; notarget conf=0.6

[verb] honor | honour
  017  * memory of TARGET

[verb] commemorate | memorialize | memorialise
  017  * TARGET ; conf=0.8
  017  * anniversary of _ ; notarget conf=0.7
  017  * victim of TARGET ; conf=0.7

[verb] visit
  # Symbolic visits; a visit to a country or leader is 042 (04_consult.lex).
  017  * grave of TARGET
  017  * tomb of TARGET
  017  * memorial to TARGET
  017  * mausoleum of TARGET
  017  * site of _ ; notarget conf=0.6

[noun] vigil | wreath-laying | candlelight vigil | commemoration
  017  SOURCE * for TARGET
  017  SOURCE * in memory of TARGET
  017  SOURCE * in honor of TARGET
  017  SOURCE * in honour of TARGET
  017  SOURCE * ; notarget conf=0.7

[noun] day of mourning | national mourning
  017  SOURCE * for TARGET

# ---------------------------------------------------------------------------
# 018  Make empathetic comment
# ---------------------------------------------------------------------------

[verb] express | offer | extend | convey | send | voice | pass on | transmit
  018  * $CONDOLENCES to TARGET
  018  * $CONDOLENCES for TARGET
  018  * $CONDOLENCES with TARGET
  018  * $CONDOLENCES over _ in TARGET
  018  * $CONDOLENCES over _ of TARGET
  018  * $CONDOLENCES on _ of TARGET
  018  * $CONDOLENCES ; conf=0.7

[verb] express | offer | show | voice
  # CAMEO 018 includes "understanding": "expressed understanding for
  # Turkey's security concerns".
  018  * understanding for TARGET
  018  * understanding of TARGET
  018  * understanding for _ of TARGET

[noun] condolence | condolences | sympathy | sympathies | empathy | commiseration
  018  SOURCE * to TARGET
  018  SOURCE * for TARGET
  018  SOURCE * with TARGET
  018  SOURCE * over _ in TARGET
  018  SOURCE * on _ of TARGET

[noun] message
  # "sent a message of condolence to"
  018  SOURCE * of condolence to TARGET
  018  SOURCE * of sympathy to TARGET

[verb] sympathize | sympathise | empathize | empathise | commiserate | grieve
  018  * with TARGET
  018  * with _ of TARGET

[verb] console | comfort | condole
  018  * TARGET
  018  * with TARGET

[verb] mourn
  # Verbal mourning of victims: empathy with the victims' side.
  018  * _ of TARGET ; conf=0.7
  018  * TARGET ; conf=0.7
  018  * with TARGET

[verb] share
  # "shares the grief of the Turkish people"
  018  * grief of TARGET
  018  * sorrow of TARGET
  018  * pain of TARGET
  018  * grief with TARGET

# ---------------------------------------------------------------------------
# 019  Express accord
# ---------------------------------------------------------------------------

[verb] agree | concur
  # Agreement of views, not commitment to act (agree to + verb is 03x,
  # 03_intent.lex).  Compound subjects ("Iran and Iraq agreed on ...")
  # yield both directions.
  019  * with TARGET ; recip
  019  * with TARGET on _ ; recip
  019  * with TARGET that _ ; recip
  019  * on need for _ ; recip
  019  * that _ ; recip conf=0.7

[verb] share
  019  * view of TARGET
  019  * position of TARGET
  019  * concern of TARGET
  019  * assessment of TARGET
  019  * view with TARGET ; recip
  019  * position with TARGET ; recip
  019  * concern with TARGET ; recip
  019  * vision with TARGET ; recip
  019  * $CONSENSUS on _ ; recip conf=0.8
  019  * view on _ ; recip conf=0.7

[verb] echo
  019  * view of TARGET
  019  * position of TARGET
  019  * concern of TARGET
  019  * assessment of TARGET

[verb] see eye to eye
  019  * with TARGET ; recip
  019  * on _ ; recip

[verb] reach | find
  # "reached a consensus / common ground with ..."
  019  * $CONSENSUS with TARGET ; recip
  019  * $CONSENSUS on _ ; recip
  019  * understanding with TARGET ; recip conf=0.8

[verb] express | voice | reaffirm | confirm
  019  * agreement with TARGET ; recip
  019  * accord with TARGET ; recip
  019  * $CONSENSUS with TARGET ; recip

[noun] consensus | common ground | common understanding | meeting of minds | convergence of views | identity of views | like-mindedness | unanimity
  019  SOURCE * with TARGET ; recip
  019  SOURCE * between _ and TARGET ; recip conf=0.8
  019  SOURCE * on _ ; recip conf=0.8
