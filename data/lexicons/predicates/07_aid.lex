# CAMEO root 07 -- PROVIDE AID (070-075).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Reported deliveries of aid (promises and pledges are 033x in
# 03_intent.lex): economic 071 (grants, loans, credit, debt relief),
# military 072 (arms, equipment, training, advisers), humanitarian 073
# (food, medicine, shelter, evacuation), protection / peacekeeping 074,
# asylum 075.  The target is the recipient.  A refusal ("refused to send
# weapons to Kyiv") codes the matching rejection (122x).
#
# Specific classes come before the general $AID line in each block.

# ---------------------------------------------------------------------------
# 070-074 by the aid given: "provide / send / deliver X to Y"
# ---------------------------------------------------------------------------

[verb] provide | give | send | deliver | supply | extend | grant | donate | allocate | disburse | ship | airlift | airdrop | channel | funnel | dispatch | release | transfer | hand over | contribute | rush | fly | truck | approve
  071  * $ECONOMIC_AID to TARGET ; neg=1221 modal=0331
  071  * $ECONOMIC_AID for TARGET ; neg=1221 modal=0331
  071  * TARGET $ECONOMIC_AID ; neg=1221 modal=0331
  072  * $MILITARY_AID to TARGET ; neg=1222 modal=0332
  072  * $MILITARY_AID for TARGET ; neg=1222 modal=0332
  072  * TARGET $MILITARY_AID ; neg=1222 modal=0332
  073  * $HUMANITARIAN_AID to TARGET ; neg=1223 modal=0333
  073  * $HUMANITARIAN_AID for TARGET ; neg=1223 modal=0333
  073  * TARGET $HUMANITARIAN_AID ; neg=1223 modal=0333
  073  * $HUMANITARIAN_AID into TARGET ; neg=1223 modal=0333
  074  * $PROTECTION to TARGET ; neg=1224 modal=0334
  074  * $PROTECTION for TARGET ; neg=1224 modal=0334
  074  * TARGET $PROTECTION ; neg=1224 modal=0334
  074  * $PEACEKEEPERS to TARGET ; neg=1224 modal=0334
  070  * $AID to TARGET ; neg=122 modal=033
  070  * $AID for TARGET ; neg=122 modal=033
  070  * TARGET $AID ; neg=122 modal=033
  070  * $AID into TARGET ; neg=122 modal=033

[verb] aid | assist | help | bolster | prop up | sustain
  # Generic help: lowered confidence ("helped Iraq defeat IS").  Political
  # backing is 051 (05_diplomatic.lex).
  071  * TARGET financially ; modal=0331
  071  * TARGET with $ECONOMIC_AID ; modal=0331
  072  * TARGET militarily ; modal=0332
  072  * TARGET with $MILITARY_AID ; modal=0332
  073  * TARGET with $HUMANITARIAN_AID ; modal=0333
  070  * TARGET with $AID ; modal=033
  070  * TARGET ; conf=0.5 modal=033

# ---------------------------------------------------------------------------
# 071  Provide economic aid
# ---------------------------------------------------------------------------

[verb] lend | loan | advance
  071  * TARGET _ ; modal=0331
  071  * _ to TARGET ; modal=0331

[verb] fund | finance | bankroll | subsidize | subsidise | underwrite | bail out | recapitalize
  071  * TARGET ; conf=0.8 modal=0331
  071  * _ in TARGET ; conf=0.7 modal=0331
  071  * _ of TARGET ; conf=0.7 modal=0331

[verb] write off | forgive | cancel | reschedule | restructure | waive | relieve
  # Debt relief is 071.  ("forgive TARGET" alone is 056.)
  071  * debt of TARGET ; modal=0331
  071  * debt TARGET ; modal=0331
  071  * debt owed by TARGET ; modal=0331
  071  * loan to TARGET ; conf=0.8 modal=0331
  071  * TARGET of debt ; modal=0331

[verb] approve | sign | unlock | unfreeze | release
  # "the IMF approved a $3bn loan to Egypt"
  071  * loan to TARGET ; modal=0331
  071  * loan for TARGET ; modal=0331
  071  * loan TARGET ; modal=0331
  071  * credit to TARGET ; modal=0331
  071  * tranche to TARGET ; modal=0331
  071  * tranche for TARGET ; modal=0331
  071  * bailout for TARGET ; modal=0331
  071  * bailout of TARGET ; modal=0331
  071  * fund for TARGET ; conf=0.8 modal=0331
  071  * fund to TARGET ; conf=0.8 modal=0331

[verb] pay
  071  * salary of TARGET ; conf=0.6 modal=0331
  071  * salary TARGET ; conf=0.6 modal=0331

# ---------------------------------------------------------------------------
# 072  Provide military aid
# ---------------------------------------------------------------------------

[verb] arm | equip | rearm | re-equip
  072  * TARGET ; neg=1222 modal=0332
  072  * TARGET with _ ; neg=1222 modal=0332

[verb] train | mentor
  # "US forces train and advise Iraqi security forces" -- training another
  # state's forces is military assistance.  (Training together is 062.)
  072  * TARGET ; conf=0.8 modal=0332
  072  * _ of TARGET ; conf=0.8 modal=0332
  072  * force TARGET ; conf=0.8 modal=0332

[verb] send | deploy | dispatch | post | assign
  072  * adviser to TARGET ; modal=0332
  072  * advisor to TARGET ; modal=0332
  072  * trainer to TARGET ; modal=0332
  072  * instructor to TARGET ; modal=0332
  072  * $WEAPONS to TARGET ; conf=0.8 modal=0332

[verb] resupply | replenish | restock
  072  * TARGET ; conf=0.7 modal=0332
  072  * TARGET with $WEAPONS ; modal=0332
  072  * arsenal of TARGET ; modal=0332

[verb] sell
  072  * $MILITARY_AID to TARGET ; conf=0.7 modal=0332

# ---------------------------------------------------------------------------
# 073  Provide humanitarian aid
# ---------------------------------------------------------------------------

[verb] evacuate | airlift | rescue | extract | ferry
  # Evacuation of victims and of civilians from danger (073); the target
  # is the people evacuated.
  073  * TARGET from _ ; modal=0333
  073  * TARGET ; conf=0.7 modal=0333
  073  * $REFUGEES ; modal=0333

[verb] shelter | house | host | take in | accommodate | resettle | welcome | receive | admit
  073  * $REFUGEES from TARGET ; modal=0333
  073  * TARGET $REFUGEES ; modal=0333
  073  * $REFUGEES ; conf=0.8 modal=0333

[verb] feed | treat | vaccinate | immunize | immunise | nurse | clothe
  073  * TARGET ; conf=0.6 modal=0333
  073  * $REFUGEES ; modal=0333
  073  * civilian in TARGET ; conf=0.7 modal=0333
  073  * wounded from TARGET ; conf=0.8 modal=0333

[verb] open
  # Borders opened to refugees: informal shelter (073), not asylum (075).
  073  * border to $REFUGEES from TARGET ; modal=0333
  073  * border to TARGET $REFUGEES ; modal=0333
  073  * border to $REFUGEES ; modal=0333

[verb] set up | establish | build | open | run | operate
  073  * camp for $REFUGEES from TARGET ; modal=0333
  073  * camp for TARGET ; conf=0.7 modal=0333
  073  * hospital in TARGET ; conf=0.6 modal=0333

[noun] evacuation | rescue | airlift | airdrop | relief operation | rescue operation | aid operation | relief effort | rescue effort | humanitarian mission | medical evacuation | medevac
  073  SOURCE * of TARGET ; modal=0333
  073  SOURCE * of $REFUGEES ; modal=0333
  073  SOURCE * to TARGET ; modal=0333
  073  SOURCE * in TARGET ; conf=0.7 modal=0333
  073  SOURCE * for TARGET ; modal=0333

# ---------------------------------------------------------------------------
# 074  Provide military protection or peacekeeping
# ---------------------------------------------------------------------------

[verb] deploy | station
  074  * $PEACEKEEPERS to TARGET ; neg=1224 modal=0334
  074  * $PEACEKEEPERS in TARGET ; neg=1224 modal=0334
  074  * $PEACEKEEPERS ; neg=1224 modal=0334
  074  * $TROOPS to protect TARGET ; neg=1224 modal=0334
  074  * $TROOPS to defend TARGET ; neg=1224 modal=0334
  074  * $TROOPS to TARGET as $PEACEKEEPERS ; neg=1224 modal=0334
  074  * warship to protect TARGET ; conf=0.8 modal=0334

[verb] send | dispatch | contribute
  074  * $PEACEKEEPERS in TARGET ; neg=1224 modal=0334
  074  * $PEACEKEEPERS ; neg=1224 modal=0334
  074  * $TROOPS to protect TARGET ; neg=1224 modal=0334
  074  * $TROOPS to defend TARGET ; neg=1224 modal=0334
  074  * $TROOPS to TARGET as $PEACEKEEPERS ; neg=1224 modal=0334
  074  * warship to protect TARGET ; conf=0.8 modal=0334

[verb] extend | renew | expand | prolong | broaden | strengthen
  # Extending or expanding a peacekeeping mandate (074 by the codebook).
  074  * mandate of $PEACEKEEPERS in TARGET ; modal=0334
  074  * mandate of $PEACEKEEPERS ; modal=0334
  074  * $PEACEKEEPERS mandate ; modal=0334
  074  * mandate of mission in TARGET ; conf=0.8 modal=0334
  074  * mission in TARGET ; conf=0.6 modal=0334

[verb] protect | escort | guard | shield | safeguard
  # "defend" alone is military ("defend itself from terrorism" must not
  # become 074 with itself as target): only protection of others.
  074  * TARGET from _ ; conf=0.6 modal=0334
  074  * TARGET against _ ; conf=0.6 modal=0334
  074  * convoy of TARGET ; conf=0.7 modal=0334
  074  * convoy TARGET ; conf=0.7 modal=0334
  074  * civilian in TARGET ; conf=0.7 modal=0334

[noun] deployment
  # Deployments of troops in general are force posture (roots 15/19).
  074  SOURCE * of $PEACEKEEPERS to TARGET ; modal=0334
  074  SOURCE * of $PEACEKEEPERS in TARGET ; modal=0334
  074  SOURCE * of $PEACEKEEPERS ; modal=0334

[noun] contingent | peacekeeping mission | peacekeeping force | stabilization force | stabilisation force | protection force | monitoring mission
  074  SOURCE * of $PEACEKEEPERS to TARGET ; modal=0334
  074  SOURCE * of $PEACEKEEPERS in TARGET ; modal=0334
  074  SOURCE * of $PEACEKEEPERS ; modal=0334
  074  SOURCE * to TARGET ; conf=0.6 modal=0334
  074  SOURCE * in TARGET ; conf=0.5 modal=0334

[noun] peacekeeping
  074  SOURCE * in TARGET ; modal=0334
  074  SOURCE * operation in TARGET ; modal=0334

# ---------------------------------------------------------------------------
# 075  Grant asylum
# ---------------------------------------------------------------------------

[verb] grant | give | award | accord | approve | provide | extend
  075  * $ASYLUM to TARGET ; modal=033
  075  * TARGET $ASYLUM ; modal=033
  075  * $ASYLUM ; modal=033            # "granted asylum [to X]": the target from the argument phrases
  075  * request $ASYLUM of TARGET ; modal=033
  075  * request $ASYLUM TARGET ; modal=033
  075  * application $ASYLUM of TARGET ; modal=033
  075  * application $ASYLUM TARGET ; modal=033

[verb] shelter | harbor | harbour | protect | hide
  # Diplomatic asylum in an embassy.
  075  * TARGET in embassy ; modal=033
  075  * TARGET at embassy ; modal=033
  075  * TARGET in _ embassy ; modal=033

[noun] asylum | political asylum | refugee status | sanctuary | safe haven | diplomatic asylum
  075  SOURCE * to TARGET ; modal=033
  075  SOURCE * for TARGET ; modal=033
  075  SOURCE * granted to TARGET ; modal=033

# ---------------------------------------------------------------------------
# Nouns of delivered aid
# ---------------------------------------------------------------------------

[noun] delivery | shipment | consignment | convoy | tranche | disbursement | donation
  # Deliveries reported as such ("a US shipment of missiles to Kyiv").
  071  SOURCE * of $ECONOMIC_AID to TARGET ; modal=0331
  072  SOURCE * of $MILITARY_AID to TARGET ; modal=0332
  073  SOURCE * of $HUMANITARIAN_AID to TARGET ; modal=0333
  070  SOURCE * of $AID to TARGET ; modal=033
  070  SOURCE * to TARGET ; conf=0.6 modal=033

[noun] aid | assistance | relief | aid package
  # A mention ("US aid to Israel") is weaker evidence of delivery than a
  # verb, hence the low confidence.  Phrases are indexed by their head, so
  # "military aid" would land here too: the class is left to the verbs.
  070  SOURCE * to TARGET ; conf=0.6 modal=033
  070  SOURCE * for TARGET ; conf=0.5 modal=033

[noun] loan | grant | credit | bailout | funding | debt relief | credit line
  071  SOURCE * to TARGET ; conf=0.6 modal=0331
  071  SOURCE * for TARGET ; conf=0.5 modal=0331
