# CAMEO root 14: PROTEST (political dissent).
#
# 140 political dissent (residual), 141x demonstrate or rally, 142x hunger
# strike, 143x strike or boycott, 144x obstruct passage, 145x riot.  The
# fourth digit is the protesters' demand: 1 leadership change (incl.
# elections), 2 policy change, 3 rights, 4 change of institutions or
# regime (incl. independence, autonomy).
#
# A protest may stand on its own: patterns without a target carry
# `notarget`.  Verbs that are ambiguous outside protest contexts ("march",
# "block", "storm", "clash", "strike") are constrained to protester
# subjects ($PROTESTERS / $WORKERS before the *).  "protested to X"
# (diplomatic) is 114 in 11_disapprove.lex.

# ---------------------------------------------------------------------------
# 141 Demonstrate or rally
# ---------------------------------------------------------------------------

[verb] protest | demonstrate | rally | march | picket | take to the streets | take to the street | hold a protest | stage a protest | hold a rally | stage a rally | hold a demonstration | stage a demonstration | stage a sit-in | hold a sit-in
  141  * against TARGET                    # "thousands protested against the government"
  141  * outside TARGET ; conf=0.8         # "rallied outside the US embassy"
  141  * in front of TARGET ; conf=0.8
  141  * at TARGET ; conf=0.6
  141  * on TARGET ; conf=0.7              # "marched on parliament"
  141  * to TARGET ; conf=0.6              # "marched to the presidential palace"
  141  * over _ ; notarget                 # "protested over fuel prices"
  141  * in support of _ ; notarget conf=0.7
  141  * in solidarity with _ ; notarget
  1411 * for $RESIGNATION of TARGET
  1411 * for $RESIGNATION TARGET
  1411 * for $ELECTIONS ; notarget
  1412 * for $POLICY_CHANGE ; notarget
  1413 * for $RIGHTS ; notarget
  1414 * for $INSTITUTIONAL_REFORM ; notarget
  1414 * for $INDEPENDENCE ; notarget
  1414 * for $DOWNFALL of TARGET
  1411 * demand $RESIGNATION of TARGET
  1411 * demand $RESIGNATION TARGET
  1411 * demand $ELECTIONS ; notarget
  1412 * demand $POLICY_CHANGE ; notarget
  1413 * demand $RIGHTS ; notarget
  1414 * demand $INSTITUTIONAL_REFORM ; notarget
  1414 * demand $INDEPENDENCE ; notarget
  1414 * demand $DOWNFALL of TARGET
  1411 * call for $RESIGNATION of TARGET
  1411 * call for $RESIGNATION TARGET
  1411 * call for $ELECTIONS ; notarget
  1412 * call for $POLICY_CHANGE ; notarget
  1413 * call for $RIGHTS ; notarget
  1414 * call for $INSTITUTIONAL_REFORM ; notarget
  1414 * call for $INDEPENDENCE ; notarget
  1414 * call for $DOWNFALL of TARGET
  1412 * against $POLICY_OBJ of TARGET
  1412 * against $POLICY_OBJ ; notarget
  1412 * over $POLICY_OBJ ; notarget

[verb] protest | demonstrate | picket | take to the streets | take to the street | hold a protest | stage a protest | hold a demonstration | stage a demonstration | stage a sit-in | hold a sit-in
  141  * ; notarget                        # "students protested in Tehran"

[verb] protest | picket | boo | heckle
  141  * TARGET ; conf=0.8                 # "protested the visit", "picketed the embassy"

[verb] march | rally | gather | mass | converge | assemble | throng | flood | fill | pour
  141  $PROTESTERS * ; notarget            # "protesters marched through Paris"
  141  $PROTESTERS * in _ ; notarget
  141  $PROTESTERS * outside TARGET
  141  $PROTESTERS * on TARGET
  141  $PROTESTERS * against TARGET ; conf=0.9

[verb] chant | shout | wave | carry | brandish | burn
  141  $PROTESTERS * _ against TARGET ; conf=0.7  # "protesters chanted slogans against the regime"
  141  $PROTESTERS * $SLOGAN ; notarget conf=0.7

[noun] protest | demonstration | rally | march | sit-in | picket | picket line | protest march | protest rally | street protest | mass protest | anti-government protest | anti-war protest | demo | protest action | mass rally | mass demonstration | sit-down protest | protest camp | day of rage | protest movement | walk-out protest | counter-protest | counterprotest
  141  SOURCE * against TARGET             # "Iraqi protests against the US presence"
  141  SOURCE * outside TARGET ; conf=0.8
  141  SOURCE * in front of TARGET ; conf=0.8
  141  SOURCE * at TARGET ; conf=0.6
  141  SOURCE * over _ ; notarget
  141  SOURCE * ; notarget                 # "Kurdish demonstrators staged a protest"
  1411 SOURCE * for $RESIGNATION of TARGET
  1411 SOURCE * for $RESIGNATION TARGET
  1411 SOURCE * for $ELECTIONS ; notarget
  1412 SOURCE * for $POLICY_CHANGE ; notarget
  1413 SOURCE * for $RIGHTS ; notarget
  1414 SOURCE * for $INSTITUTIONAL_REFORM ; notarget
  1414 SOURCE * for $INDEPENDENCE ; notarget
  1414 SOURCE * for $DOWNFALL of TARGET
  1411 SOURCE * demand $RESIGNATION of TARGET
  1411 SOURCE * demand $RESIGNATION TARGET
  1411 SOURCE * demand $ELECTIONS ; notarget
  1412 SOURCE * demand $POLICY_CHANGE ; notarget
  1413 SOURCE * demand $RIGHTS ; notarget
  1414 SOURCE * demand $INSTITUTIONAL_REFORM ; notarget
  1414 SOURCE * demand $INDEPENDENCE ; notarget
  1414 SOURCE * demand $DOWNFALL of TARGET
  1411 SOURCE * call for $RESIGNATION of TARGET
  1411 SOURCE * call for $RESIGNATION TARGET
  1411 SOURCE * call for $ELECTIONS ; notarget
  1412 SOURCE * call for $POLICY_CHANGE ; notarget
  1413 SOURCE * call for $RIGHTS ; notarget
  1414 SOURCE * call for $INSTITUTIONAL_REFORM ; notarget
  1414 SOURCE * call for $INDEPENDENCE ; notarget
  1414 SOURCE * call for $DOWNFALL of TARGET
  1412 SOURCE * against $POLICY_OBJ of TARGET
  1412 SOURCE * against $POLICY_OBJ ; notarget
  1412 SOURCE * over $POLICY_OBJ ; notarget

# ---------------------------------------------------------------------------
# 140 Political dissent (residual)
# ---------------------------------------------------------------------------

[noun] civil disobedience | non-cooperation | noncooperation | civil resistance | popular resistance | dissent | uprising | popular uprising | intifada | revolt | revolution | mass movement | people power | insurrection
  140  SOURCE * against TARGET             # "a popular uprising against the regime"
  140  SOURCE * ; notarget conf=0.7

[verb] rise up | revolt | rebel | dissent
  140  * against TARGET
  140  * ; notarget conf=0.6

# ---------------------------------------------------------------------------
# 142 Hunger strike
# ---------------------------------------------------------------------------

[verb] go on hunger strike | hunger-strike | hunger strike | begin a hunger strike | launch a hunger strike | stage a hunger strike | refuse food | refuse to eat
  142  * ; notarget                        # "detainees went on hunger strike"
  142  * against TARGET
  142  * over _ ; notarget
  142  * in protest at _ ; notarget
  1421 * for $RESIGNATION of TARGET
  1421 * for $RESIGNATION TARGET
  1421 * for $ELECTIONS ; notarget
  1422 * for $POLICY_CHANGE ; notarget
  1423 * for $RIGHTS ; notarget
  1424 * for $INSTITUTIONAL_REFORM ; notarget
  1424 * for $INDEPENDENCE ; notarget
  1424 * for $DOWNFALL of TARGET
  1421 * demand $RESIGNATION of TARGET
  1421 * demand $RESIGNATION TARGET
  1421 * demand $ELECTIONS ; notarget
  1422 * demand $POLICY_CHANGE ; notarget
  1423 * demand $RIGHTS ; notarget
  1424 * demand $INSTITUTIONAL_REFORM ; notarget
  1424 * demand $INDEPENDENCE ; notarget
  1424 * demand $DOWNFALL of TARGET
  1421 * call for $RESIGNATION of TARGET
  1421 * call for $RESIGNATION TARGET
  1421 * call for $ELECTIONS ; notarget
  1422 * call for $POLICY_CHANGE ; notarget
  1423 * call for $RIGHTS ; notarget
  1424 * call for $INSTITUTIONAL_REFORM ; notarget
  1424 * call for $INDEPENDENCE ; notarget
  1424 * call for $DOWNFALL of TARGET
  1422 * against $POLICY_OBJ of TARGET
  1422 * against $POLICY_OBJ ; notarget
  1422 * over $POLICY_OBJ ; notarget

[noun] hunger strike | hunger-strike | hunger protest | hunger striking | fast unto death | death fast
  142  SOURCE * ; notarget
  142  SOURCE * against TARGET
  142  SOURCE * over _ ; notarget
  1421 SOURCE * for $RESIGNATION of TARGET
  1421 SOURCE * for $RESIGNATION TARGET
  1421 SOURCE * for $ELECTIONS ; notarget
  1422 SOURCE * for $POLICY_CHANGE ; notarget
  1423 SOURCE * for $RIGHTS ; notarget
  1424 SOURCE * for $INSTITUTIONAL_REFORM ; notarget
  1424 SOURCE * for $INDEPENDENCE ; notarget
  1424 SOURCE * for $DOWNFALL of TARGET
  1421 SOURCE * demand $RESIGNATION of TARGET
  1421 SOURCE * demand $RESIGNATION TARGET
  1421 SOURCE * demand $ELECTIONS ; notarget
  1422 SOURCE * demand $POLICY_CHANGE ; notarget
  1423 SOURCE * demand $RIGHTS ; notarget
  1424 SOURCE * demand $INSTITUTIONAL_REFORM ; notarget
  1424 SOURCE * demand $INDEPENDENCE ; notarget
  1424 SOURCE * demand $DOWNFALL of TARGET
  1421 SOURCE * call for $RESIGNATION of TARGET
  1421 SOURCE * call for $RESIGNATION TARGET
  1421 SOURCE * call for $ELECTIONS ; notarget
  1422 SOURCE * call for $POLICY_CHANGE ; notarget
  1423 SOURCE * call for $RIGHTS ; notarget
  1424 SOURCE * call for $INSTITUTIONAL_REFORM ; notarget
  1424 SOURCE * call for $INDEPENDENCE ; notarget
  1424 SOURCE * call for $DOWNFALL of TARGET
  1422 SOURCE * against $POLICY_OBJ of TARGET
  1422 SOURCE * against $POLICY_OBJ ; notarget
  1422 SOURCE * over $POLICY_OBJ ; notarget

# ---------------------------------------------------------------------------
# 143 Strike or boycott
# ---------------------------------------------------------------------------

[verb] strike | walk out | down tools | stop work | go slow
  143  $WORKERS * ; notarget               # "teachers struck for higher pay"
  143  $WORKERS * against TARGET
  143  $WORKERS * over _ ; notarget
  143  $WORKERS * for _ ; notarget conf=0.8

[verb] go on strike | stage a strike | launch a strike | call a strike | hold a strike | begin a strike | declare a strike | go on a general strike | call a general strike | shun work | stay away from work
  143  * ; notarget                        # "dockers went on strike"
  143  * against TARGET
  143  * over _ ; notarget
  1431 * for $RESIGNATION of TARGET
  1431 * for $RESIGNATION TARGET
  1431 * for $ELECTIONS ; notarget
  1432 * for $POLICY_CHANGE ; notarget
  1433 * for $RIGHTS ; notarget
  1434 * for $INSTITUTIONAL_REFORM ; notarget
  1434 * for $INDEPENDENCE ; notarget
  1434 * for $DOWNFALL of TARGET
  1431 * demand $RESIGNATION of TARGET
  1431 * demand $RESIGNATION TARGET
  1431 * demand $ELECTIONS ; notarget
  1432 * demand $POLICY_CHANGE ; notarget
  1433 * demand $RIGHTS ; notarget
  1434 * demand $INSTITUTIONAL_REFORM ; notarget
  1434 * demand $INDEPENDENCE ; notarget
  1434 * demand $DOWNFALL of TARGET
  1431 * call for $RESIGNATION of TARGET
  1431 * call for $RESIGNATION TARGET
  1431 * call for $ELECTIONS ; notarget
  1432 * call for $POLICY_CHANGE ; notarget
  1433 * call for $RIGHTS ; notarget
  1434 * call for $INSTITUTIONAL_REFORM ; notarget
  1434 * call for $INDEPENDENCE ; notarget
  1434 * call for $DOWNFALL of TARGET
  1432 * against $POLICY_OBJ of TARGET
  1432 * against $POLICY_OBJ ; notarget
  1432 * over $POLICY_OBJ ; notarget

[verb] boycott
  143  * $ELECTIONS ; notarget              # "the opposition boycotted the election"
  143  * $SESSION                           # "MPs boycotted the parliament session"
  143  * $SESSION of TARGET
  161  * $RELATIONS with TARGET ; modal=1313 # "would boycott all contact with the US"
  143  * TARGET ; conf=0.6 modal=133        # "boycotted Israeli goods" (state boycotts: 163); "would boycott": a threat

[noun] general strike | strike action | labour strike | labor strike | national strike | nationwide strike | wildcat strike | work stoppage | stoppage | walkout | walk-out | go-slow | sick-out | industrial action | transport strike | rail strike | public sector strike | strike call
  143  SOURCE * ; notarget                 # "a general strike called by the unions"
  143  SOURCE * against TARGET
  143  SOURCE * over _ ; notarget
  1431 SOURCE * for $RESIGNATION of TARGET
  1431 SOURCE * for $RESIGNATION TARGET
  1431 SOURCE * for $ELECTIONS ; notarget
  1432 SOURCE * for $POLICY_CHANGE ; notarget
  1433 SOURCE * for $RIGHTS ; notarget
  1434 SOURCE * for $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * for $INDEPENDENCE ; notarget
  1434 SOURCE * for $DOWNFALL of TARGET
  1431 SOURCE * demand $RESIGNATION of TARGET
  1431 SOURCE * demand $RESIGNATION TARGET
  1431 SOURCE * demand $ELECTIONS ; notarget
  1432 SOURCE * demand $POLICY_CHANGE ; notarget
  1433 SOURCE * demand $RIGHTS ; notarget
  1434 SOURCE * demand $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * demand $INDEPENDENCE ; notarget
  1434 SOURCE * demand $DOWNFALL of TARGET
  1431 SOURCE * call for $RESIGNATION of TARGET
  1431 SOURCE * call for $RESIGNATION TARGET
  1431 SOURCE * call for $ELECTIONS ; notarget
  1432 SOURCE * call for $POLICY_CHANGE ; notarget
  1433 SOURCE * call for $RIGHTS ; notarget
  1434 SOURCE * call for $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * call for $INDEPENDENCE ; notarget
  1434 SOURCE * call for $DOWNFALL of TARGET
  1432 SOURCE * against $POLICY_OBJ of TARGET
  1432 SOURCE * against $POLICY_OBJ ; notarget
  1432 SOURCE * over $POLICY_OBJ ; notarget

[noun] strike
  # The labour strike: only with worker subjects (the military strike is 190).
  143  $WORKERS * ; notarget
  143  $WORKERS * over _ ; notarget
  143  $WORKERS * against TARGET

[noun] boycott
  143  SOURCE * of $ELECTIONS ; notarget    # "the opposition's boycott of the polls"
  143  SOURCE * of $SESSION
  143  SOURCE * ; notarget conf=0.6
  1431 SOURCE * for $RESIGNATION of TARGET
  1431 SOURCE * for $RESIGNATION TARGET
  1431 SOURCE * for $ELECTIONS ; notarget
  1432 SOURCE * for $POLICY_CHANGE ; notarget
  1433 SOURCE * for $RIGHTS ; notarget
  1434 SOURCE * for $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * for $INDEPENDENCE ; notarget
  1434 SOURCE * for $DOWNFALL of TARGET
  1431 SOURCE * demand $RESIGNATION of TARGET
  1431 SOURCE * demand $RESIGNATION TARGET
  1431 SOURCE * demand $ELECTIONS ; notarget
  1432 SOURCE * demand $POLICY_CHANGE ; notarget
  1433 SOURCE * demand $RIGHTS ; notarget
  1434 SOURCE * demand $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * demand $INDEPENDENCE ; notarget
  1434 SOURCE * demand $DOWNFALL of TARGET
  1431 SOURCE * call for $RESIGNATION of TARGET
  1431 SOURCE * call for $RESIGNATION TARGET
  1431 SOURCE * call for $ELECTIONS ; notarget
  1432 SOURCE * call for $POLICY_CHANGE ; notarget
  1433 SOURCE * call for $RIGHTS ; notarget
  1434 SOURCE * call for $INSTITUTIONAL_REFORM ; notarget
  1434 SOURCE * call for $INDEPENDENCE ; notarget
  1434 SOURCE * call for $DOWNFALL of TARGET
  1432 SOURCE * against $POLICY_OBJ of TARGET
  1432 SOURCE * against $POLICY_OBJ ; notarget
  1432 SOURCE * over $POLICY_OBJ ; notarget

# ---------------------------------------------------------------------------
# 144 Obstruct passage, block
# ---------------------------------------------------------------------------

[verb] block | barricade | blockade | obstruct | occupy | seal off | shut down | paralyze | paralyse | cut off | close | besiege | surround | encircle
  144  $PROTESTERS * $ROAD ; notarget       # "protesters blocked the highway"
  144  $PROTESTERS * $ROAD to TARGET        # "blocked access to the parliament"
  144  $PROTESTERS * entrance to TARGET
  144  $PROTESTERS * entrance of TARGET
  144  $PROTESTERS * TARGET                 # "demonstrators occupied the ministry"
  144  $WORKERS * $ROAD ; notarget          # "truckers blocked the border crossing"
  144  $WORKERS * TARGET ; conf=0.8

[verb] block | barricade | blockade | obstruct | seal off | paralyze | paralyse
  # Whoever blocks roads to demand something protests ("Hundreds of
  # thousands of people blocked streets in Hong Kong ... to demand democratic
  # reforms"); police blocking roads do not.
  144  * $ROAD to demand ; notarget
  144  * $ROAD demand ; notarget           # "blocked roads ... demanding that"
  144  * $ROAD to press ; notarget
  144  * $ROAD to protest ; notarget
  144  * $ROAD in protest ; notarget

[verb] barricade | blockade | obstruct | paralyze | paralyse
  1441 * for $RESIGNATION of TARGET
  1441 * for $RESIGNATION TARGET
  1441 * for $ELECTIONS ; notarget
  1442 * for $POLICY_CHANGE ; notarget
  1443 * for $RIGHTS ; notarget
  1444 * for $INSTITUTIONAL_REFORM ; notarget
  1444 * for $INDEPENDENCE ; notarget
  1444 * for $DOWNFALL of TARGET
  1441 * demand $RESIGNATION of TARGET
  1441 * demand $RESIGNATION TARGET
  1441 * demand $ELECTIONS ; notarget
  1442 * demand $POLICY_CHANGE ; notarget
  1443 * demand $RIGHTS ; notarget
  1444 * demand $INSTITUTIONAL_REFORM ; notarget
  1444 * demand $INDEPENDENCE ; notarget
  1444 * demand $DOWNFALL of TARGET
  1441 * call for $RESIGNATION of TARGET
  1441 * call for $RESIGNATION TARGET
  1441 * call for $ELECTIONS ; notarget
  1442 * call for $POLICY_CHANGE ; notarget
  1443 * call for $RIGHTS ; notarget
  1444 * call for $INSTITUTIONAL_REFORM ; notarget
  1444 * call for $INDEPENDENCE ; notarget
  1444 * call for $DOWNFALL of TARGET

[noun] roadblock | road blockade | barricade | human chain | blockade | occupation | sit-in blockade | encampment | road closure | traffic blockade
  144  $PROTESTERS * ; notarget              # "protesters set up roadblocks"
  144  $PROTESTERS * of $ROAD ; notarget
  144  $PROTESTERS * of TARGET               # "the protesters' occupation of parliament"
  144  $WORKERS * ; notarget

# ---------------------------------------------------------------------------
# 145 Protest violently, riot
# ---------------------------------------------------------------------------

[verb] riot | rampage | run riot | go on the rampage | run amok | loot | vandalize | vandalise | torch | set fire | burn | storm | ransack | smash | trash | clash | attack | hurl | throw | pelt | stone
  145  $PROTESTERS * ; notarget              # "rioters rampaged through the city"
  145  $PROTESTERS * TARGET                  # "protesters stormed the US embassy"
  145  $PROTESTERS * with TARGET             # "protesters clashed with police"
  145  $PROTESTERS * against TARGET
  145  $PROTESTERS * $PROJECTILE at TARGET   # "threw stones at police"
  145  $PROTESTERS * TARGET with $PROJECTILE # "pelted police with rocks"
  145  $PROTESTERS * to TARGET              # "set fire to the consulate"

[verb] throw | hurl | pelt
  # Stones and petrol bombs thrown are a riot whoever throws them (the noun
  # "stone-throwing" is 145 too); not other projectiles ("threw a bottle").
  145  * stone ; notarget                     # "youths threw stones"
  145  * rock ; notarget
  145  * brick ; notarget
  145  * molotov cocktail ; notarget
  145  * petrol bomb ; notarget
  145  * $PROJECTILE at TARGET                # "threw stones at police"

[verb] riot | rampage | run riot | go on the rampage
  145  * ; notarget                          # "youths rioted in the suburbs"
  145  * against TARGET
  145  * over _ ; notarget
  1451 * for $RESIGNATION of TARGET
  1451 * for $RESIGNATION TARGET
  1451 * for $ELECTIONS ; notarget
  1452 * for $POLICY_CHANGE ; notarget
  1453 * for $RIGHTS ; notarget
  1454 * for $INSTITUTIONAL_REFORM ; notarget
  1454 * for $INDEPENDENCE ; notarget
  1454 * for $DOWNFALL of TARGET
  1451 * demand $RESIGNATION of TARGET
  1451 * demand $RESIGNATION TARGET
  1451 * demand $ELECTIONS ; notarget
  1452 * demand $POLICY_CHANGE ; notarget
  1453 * demand $RIGHTS ; notarget
  1454 * demand $INSTITUTIONAL_REFORM ; notarget
  1454 * demand $INDEPENDENCE ; notarget
  1454 * demand $DOWNFALL of TARGET
  1451 * call for $RESIGNATION of TARGET
  1451 * call for $RESIGNATION TARGET
  1451 * call for $ELECTIONS ; notarget
  1452 * call for $POLICY_CHANGE ; notarget
  1453 * call for $RIGHTS ; notarget
  1454 * call for $INSTITUTIONAL_REFORM ; notarget
  1454 * call for $INDEPENDENCE ; notarget
  1454 * call for $DOWNFALL of TARGET
  1452 * against $POLICY_OBJ of TARGET
  1452 * against $POLICY_OBJ ; notarget
  1452 * over $POLICY_OBJ ; notarget

[noun] riot | rioting | violent protest | violent demonstration | violent clash | street violence | mob violence | rampage | disturbance | unrest | civil unrest | street battle | looting | arson | vandalism | stone-throwing | stone throwing
  145  SOURCE * ; notarget conf=0.8          # "Kurdish rioters' violence"
  145  SOURCE * against TARGET
  145  SOURCE * over _ ; notarget
  145  SOURCE * at TARGET ; conf=0.6
  1451 SOURCE * for $RESIGNATION of TARGET
  1451 SOURCE * for $RESIGNATION TARGET
  1451 SOURCE * for $ELECTIONS ; notarget
  1452 SOURCE * for $POLICY_CHANGE ; notarget
  1453 SOURCE * for $RIGHTS ; notarget
  1454 SOURCE * for $INSTITUTIONAL_REFORM ; notarget
  1454 SOURCE * for $INDEPENDENCE ; notarget
  1454 SOURCE * for $DOWNFALL of TARGET
  1451 SOURCE * demand $RESIGNATION of TARGET
  1451 SOURCE * demand $RESIGNATION TARGET
  1451 SOURCE * demand $ELECTIONS ; notarget
  1452 SOURCE * demand $POLICY_CHANGE ; notarget
  1453 SOURCE * demand $RIGHTS ; notarget
  1454 SOURCE * demand $INSTITUTIONAL_REFORM ; notarget
  1454 SOURCE * demand $INDEPENDENCE ; notarget
  1454 SOURCE * demand $DOWNFALL of TARGET
  1451 SOURCE * call for $RESIGNATION of TARGET
  1451 SOURCE * call for $RESIGNATION TARGET
  1451 SOURCE * call for $ELECTIONS ; notarget
  1452 SOURCE * call for $POLICY_CHANGE ; notarget
  1453 SOURCE * call for $RIGHTS ; notarget
  1454 SOURCE * call for $INSTITUTIONAL_REFORM ; notarget
  1454 SOURCE * call for $INDEPENDENCE ; notarget
  1454 SOURCE * call for $DOWNFALL of TARGET
  1452 SOURCE * against $POLICY_OBJ of TARGET
  1452 SOURCE * against $POLICY_OBJ ; notarget
  1452 SOURCE * over $POLICY_OBJ ; notarget
