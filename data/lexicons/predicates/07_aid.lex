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
  071  * $ECONOMIC_AID to TARGET ; neg=1221
  071  * $ECONOMIC_AID for TARGET ; neg=1221
  071  * TARGET $ECONOMIC_AID ; neg=1221
  072  * $MILITARY_AID to TARGET ; neg=1222
  072  * $MILITARY_AID for TARGET ; neg=1222
  072  * TARGET $MILITARY_AID ; neg=1222
  073  * $HUMANITARIAN_AID to TARGET ; neg=1223
  073  * $HUMANITARIAN_AID for TARGET ; neg=1223
  073  * TARGET $HUMANITARIAN_AID ; neg=1223
  073  * $HUMANITARIAN_AID into TARGET ; neg=1223
  074  * $PROTECTION to TARGET ; neg=1224
  074  * $PROTECTION for TARGET ; neg=1224
  074  * TARGET $PROTECTION ; neg=1224
  074  * $PEACEKEEPERS to TARGET ; neg=1224
  070  * $AID to TARGET ; neg=122
  070  * $AID for TARGET ; neg=122
  070  * TARGET $AID ; neg=122
  070  * $AID into TARGET ; neg=122

[verb] aid | assist | help | bolster | prop up | sustain
  # Generic help: lowered confidence ("helped Iraq defeat IS").  Political
  # backing is 051 (05_diplomatic.lex).
  071  * TARGET financially
  071  * TARGET with $ECONOMIC_AID
  072  * TARGET militarily
  072  * TARGET with $MILITARY_AID
  073  * TARGET with $HUMANITARIAN_AID
  070  * TARGET with $AID
  070  * TARGET ; conf=0.5

# ---------------------------------------------------------------------------
# 071  Provide economic aid
# ---------------------------------------------------------------------------

[verb] lend | loan | advance
  071  * TARGET _
  071  * _ to TARGET

[verb] fund | finance | bankroll | subsidize | subsidise | underwrite | bail out | recapitalize
  071  * TARGET ; conf=0.8
  071  * _ in TARGET ; conf=0.7
  071  * _ of TARGET ; conf=0.7

[verb] write off | forgive | cancel | reschedule | restructure | waive | relieve
  # Debt relief is 071.  ("forgive TARGET" alone is 056.)
  071  * debt of TARGET
  071  * debt TARGET
  071  * debt owed by TARGET
  071  * loan to TARGET ; conf=0.8
  071  * TARGET of debt

[verb] approve | sign | unlock | unfreeze | release
  # "the IMF approved a $3bn loan to Egypt"
  071  * loan to TARGET
  071  * loan for TARGET
  071  * loan TARGET
  071  * credit to TARGET
  071  * tranche to TARGET
  071  * tranche for TARGET
  071  * bailout for TARGET
  071  * bailout of TARGET
  071  * fund for TARGET ; conf=0.8
  071  * fund to TARGET ; conf=0.8

[verb] pay
  071  * salary of TARGET ; conf=0.6
  071  * salary TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# 072  Provide military aid
# ---------------------------------------------------------------------------

[verb] arm | equip | rearm | re-equip
  072  * TARGET ; neg=1222
  072  * TARGET with _ ; neg=1222

[verb] train | mentor
  # "US forces train and advise Iraqi security forces" -- training another
  # state's forces is military assistance.  (Training together is 062.)
  072  * TARGET ; conf=0.8
  072  * _ of TARGET ; conf=0.8
  072  * force TARGET ; conf=0.8

[verb] send | deploy | dispatch | post | assign
  072  * adviser to TARGET
  072  * advisor to TARGET
  072  * trainer to TARGET
  072  * instructor to TARGET
  072  * $WEAPONS to TARGET ; conf=0.8

[verb] resupply | replenish | restock
  072  * TARGET ; conf=0.7
  072  * TARGET with $WEAPONS
  072  * arsenal of TARGET

[verb] sell
  072  * $MILITARY_AID to TARGET ; conf=0.7

# ---------------------------------------------------------------------------
# 073  Provide humanitarian aid
# ---------------------------------------------------------------------------

[verb] evacuate | airlift | rescue | extract | ferry
  # Evacuation of victims and of civilians from danger (073); the target
  # is the people evacuated.
  073  * TARGET from _
  073  * TARGET ; conf=0.7
  073  * $REFUGEES

[verb] shelter | house | host | take in | accommodate | resettle | welcome | receive | admit
  073  * $REFUGEES from TARGET
  073  * TARGET $REFUGEES
  073  * $REFUGEES ; conf=0.8

[verb] feed | treat | vaccinate | immunize | immunise | nurse | clothe
  073  * TARGET ; conf=0.6
  073  * $REFUGEES
  073  * civilian in TARGET ; conf=0.7
  073  * wounded from TARGET ; conf=0.8

[verb] open
  # Borders opened to refugees: informal shelter (073), not asylum (075).
  073  * border to $REFUGEES from TARGET
  073  * border to TARGET $REFUGEES
  073  * border to $REFUGEES

[verb] set up | establish | build | open | run | operate
  073  * camp for $REFUGEES from TARGET
  073  * camp for TARGET ; conf=0.7
  073  * hospital in TARGET ; conf=0.6

[noun] evacuation | rescue | airlift | airdrop | relief operation | rescue operation | aid operation | relief effort | rescue effort | humanitarian mission | medical evacuation | medevac
  073  SOURCE * of TARGET
  073  SOURCE * of $REFUGEES
  073  SOURCE * to TARGET
  073  SOURCE * in TARGET ; conf=0.7
  073  SOURCE * for TARGET

# ---------------------------------------------------------------------------
# 074  Provide military protection or peacekeeping
# ---------------------------------------------------------------------------

[verb] deploy | station
  074  * $PEACEKEEPERS to TARGET ; neg=1224
  074  * $PEACEKEEPERS in TARGET ; neg=1224
  074  * $PEACEKEEPERS ; neg=1224
  074  * $TROOPS to protect TARGET ; neg=1224
  074  * $TROOPS to defend TARGET ; neg=1224
  074  * $TROOPS to TARGET as $PEACEKEEPERS ; neg=1224
  074  * warship to protect TARGET ; conf=0.8

[verb] send | dispatch | contribute
  074  * $PEACEKEEPERS in TARGET ; neg=1224
  074  * $PEACEKEEPERS ; neg=1224
  074  * $TROOPS to protect TARGET ; neg=1224
  074  * $TROOPS to defend TARGET ; neg=1224
  074  * $TROOPS to TARGET as $PEACEKEEPERS ; neg=1224
  074  * warship to protect TARGET ; conf=0.8

[verb] extend | renew | expand | prolong | broaden | strengthen
  # Extending or expanding a peacekeeping mandate (074 by the codebook).
  074  * mandate of $PEACEKEEPERS in TARGET
  074  * mandate of $PEACEKEEPERS
  074  * $PEACEKEEPERS mandate
  074  * mandate of mission in TARGET ; conf=0.8
  074  * mission in TARGET ; conf=0.6

[verb] protect | escort | guard | shield | safeguard
  # "defend" alone is military ("defend itself from terrorism" must not
  # become 074 with itself as target): only protection of others.
  074  * TARGET from _ ; conf=0.6
  074  * TARGET against _ ; conf=0.6
  074  * convoy of TARGET ; conf=0.7
  074  * convoy TARGET ; conf=0.7
  074  * civilian in TARGET ; conf=0.7

[noun] deployment
  # Deployments of troops in general are force posture (roots 15/19).
  074  SOURCE * of $PEACEKEEPERS to TARGET
  074  SOURCE * of $PEACEKEEPERS in TARGET
  074  SOURCE * of $PEACEKEEPERS

[noun] contingent | peacekeeping mission | peacekeeping force | stabilization force | stabilisation force | protection force | monitoring mission
  074  SOURCE * of $PEACEKEEPERS to TARGET
  074  SOURCE * of $PEACEKEEPERS in TARGET
  074  SOURCE * of $PEACEKEEPERS
  074  SOURCE * to TARGET ; conf=0.6
  074  SOURCE * in TARGET ; conf=0.5

[noun] peacekeeping
  074  SOURCE * in TARGET
  074  SOURCE * operation in TARGET

# ---------------------------------------------------------------------------
# 075  Grant asylum
# ---------------------------------------------------------------------------

[verb] grant | give | award | accord | approve | provide | extend
  075  * $ASYLUM to TARGET
  075  * TARGET $ASYLUM
  075  * request $ASYLUM of TARGET
  075  * request $ASYLUM TARGET
  075  * application $ASYLUM of TARGET
  075  * application $ASYLUM TARGET

[verb] shelter | harbor | harbour | protect | hide
  # Diplomatic asylum in an embassy.
  075  * TARGET in embassy
  075  * TARGET at embassy
  075  * TARGET in _ embassy

[noun] asylum | political asylum | refugee status | sanctuary | safe haven | diplomatic asylum
  075  SOURCE * to TARGET
  075  SOURCE * for TARGET
  075  SOURCE * granted to TARGET

# ---------------------------------------------------------------------------
# Nouns of delivered aid
# ---------------------------------------------------------------------------

[noun] delivery | shipment | consignment | convoy | tranche | disbursement | donation
  # Deliveries reported as such ("a US shipment of missiles to Kyiv").
  071  SOURCE * of $ECONOMIC_AID to TARGET
  072  SOURCE * of $MILITARY_AID to TARGET
  073  SOURCE * of $HUMANITARIAN_AID to TARGET
  070  SOURCE * of $AID to TARGET
  070  SOURCE * to TARGET ; conf=0.6

[noun] aid | assistance | relief | aid package
  # A mention ("US aid to Israel") is weaker evidence of delivery than a
  # verb, hence the low confidence.  Phrases are indexed by their head, so
  # "military aid" would land here too: the class is left to the verbs.
  070  SOURCE * to TARGET ; conf=0.6
  070  SOURCE * for TARGET ; conf=0.5

[noun] loan | grant | credit | bailout | funding | debt relief | credit line
  071  SOURCE * to TARGET ; conf=0.6
  071  SOURCE * for TARGET ; conf=0.5
