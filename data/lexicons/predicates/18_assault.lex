# CAMEO root 18: ASSAULT (unconventional violence).
#
# 180 unconventional violence (residual: terrorist attacks, stabbings,
# murders), 181 abduct / hijack / take hostage, 182 physical assault
# (1821 sexual assault, 1822 torture, 1823 killing by physical assault),
# 183 non-military bombing (1831 suicide, 1832 vehicle, 1833 roadside,
# 1834 location / placed device), 184 human shield, 185 attempted
# assassination, 186 assassination.
#
# Killings by armed forces with unspecified weapons are 190 (19_fight.lex);
# aerial bombing is 195.  An attack without an identifiable source ("a car
# bomb exploded") is no event: verbs like "explode" are not predicates.

# ---------------------------------------------------------------------------
# 180 Unconventional violence
# ---------------------------------------------------------------------------

[noun] terrorist attack | terror attack | terror strike | act of terrorism | act of terror | terrorist act | terrorism | militant attack | insurgent attack | jihadist attack | extremist attack | lone-wolf attack | knife attack | stabbing | stabbing attack | machete attack | axe attack | arson attack | acid attack | vehicle-ramming attack | ramming attack | car-ramming attack | truck attack | poisoning | murder | homicide | beheading | decapitation | mutilation | sectarian attack | sectarian killing | hate crime
  180  SOURCE * on TARGET ; modal=1383                  # "a Hamas attack on Israeli civilians"
  180  * on TARGET by SOURCE ; modal=1383
  180  SOURCE * against TARGET ; modal=1383
  180  * against TARGET by SOURCE ; modal=1383
  180  SOURCE * of TARGET ; modal=1383                  # "the murder of a journalist by ..."
  180  * of TARGET by SOURCE ; modal=1383
  180  SOURCE * targeting TARGET ; modal=1383
  180  SOURCE * in TARGET ; conf=0.6 modal=1383

[verb] stab | knife | hack to death | behead | decapitate | mutilate | poison | murder | butcher | burn alive | run over
  180  * TARGET ; modal=1383                             # "militants beheaded the hostage"

[verb] terrorize | terrorise
  180  * TARGET ; conf=0.8 modal=1383                  # "gunmen terrorized villagers"

[verb] commit | carry out | perpetrate | conduct | stage | launch | mastermind | orchestrate
  # Light verbs carry the noun; explicit for "carried out attacks on"
  # with the noun in a class not listed above.
  180  * $TERROR_ATTACK on TARGET ; modal=1383
  180  * $TERROR_ATTACK against TARGET ; modal=1383

# ---------------------------------------------------------------------------
# 181 Abduct, hijack, take hostage
# ---------------------------------------------------------------------------

[verb] abduct | kidnap | snatch | spirit away | take hostage | hold hostage | take captive | hold captive | take prisoner | hold prisoner
  181  * TARGET ; modal=1383                             # "gunmen abducted two aid workers"
  181  * TARGET from _ ; modal=1383

[verb] hijack | commandeer | skyjack
  181  * $VEHICLE ; modal=1383                           # "pirates hijacked a tanker"
  181  * TARGET ; modal=1383

[verb] seize | capture | board | detain | take | grab | take over | intercept
  181  * $VEHICLE ; modal=1383                           # "Iran seized a British-flagged tanker"
  181  * $VEHICLE of TARGET ; modal=1383
  181  * $VEHICLE TARGET ; conf=0.8 modal=1383         # "seized a British tanker"

[verb] take | hold | keep | seize | capture | grab
  181  * TARGET hostage ; modal=1383                     # "took two soldiers hostage"
  181  * TARGET captive ; modal=1383
  181  * TARGET as hostage ; modal=1383                  # "held the crew as hostages"

[noun] abduction | kidnapping | kidnap | hijacking | hostage-taking | hostage taking | hostage seizure | seizure of hostage | skyjacking | piracy | hostage crisis | forced disappearance | enforced disappearance
  181  SOURCE * of TARGET ; modal=1383                   # "Hamas's abduction of Israeli civilians"
  181  * of TARGET by SOURCE ; modal=1383
  181  SOURCE * of $VEHICLE ; modal=1383

[noun] capture
  181  SOURCE * of TARGET ; conf=0.7 modal=1383       # "the capture of two Israeli soldiers"
  181  * of TARGET by SOURCE ; conf=0.7 modal=1383

[noun] abductor | kidnapper | hijacker | hostage-taker | captor
  181  * of TARGET ; modal=1383                          # "the kidnappers of the journalist"

# ---------------------------------------------------------------------------
# 182 Physical assault (1821-1823)
# ---------------------------------------------------------------------------

[verb] beat | beat up | punch | kick | slap | club | batter | bludgeon | manhandle | rough up | pummel | thrash | whip | flog | cane | stone | pelt | trample | maul | brutalize | brutalise | mistreat | ill-treat | maltreat | shove | tase | taser
  182  * TARGET ; modal=1383                             # "police beat the protesters"

[noun] beating | physical assault | physical attack | battery | flogging | whipping | caning | lashing | stoning | mistreatment | ill-treatment | maltreatment | brutality | police brutality | abuse | physical abuse | manhandling
  182  SOURCE * of TARGET ; modal=1383                   # "the beating of a journalist by police"
  182  * of TARGET by SOURCE ; modal=1383
  182  SOURCE * on TARGET ; modal=1383
  182  * on TARGET by SOURCE ; modal=1383
  182  SOURCE * against TARGET ; modal=1383
  182  * against TARGET by SOURCE ; modal=1383

[verb] rape | sexually assault | sexually abuse | molest | sexually harass | gang-rape | gang rape
  # A phrase led by an adverb in -ly is found from its verb as well
  # ("sexually abused immigrants").
  1821 * TARGET ; modal=1383                             # "soldiers raped women"

[noun] rape | sexual assault | sexual abuse | sexual violence | gang rape | gang-rape | molestation | sexual exploitation | sexual slavery | sexual harassment
  1821 SOURCE * of TARGET ; modal=1383
  1821 * of TARGET by SOURCE ; modal=1383
  1821 SOURCE * against TARGET ; modal=1383
  1821 * against TARGET by SOURCE ; modal=1383
  1821 SOURCE * on TARGET ; modal=1383
  1821 * on TARGET by SOURCE ; modal=1383

[verb] torture | torment | waterboard | electrocute
  1822 * TARGET ; modal=1383                             # "interrogators tortured the detainees"

[noun] torture | waterboarding | torment | electrocution | torture session
  1822 SOURCE * of TARGET ; modal=1383                   # "the torture of prisoners"
  1822 * of TARGET by SOURCE ; modal=1383
  1822 SOURCE * against TARGET ; modal=1383
  1822 * against TARGET by SOURCE ; modal=1383
  1822 SOURCE * on TARGET ; modal=1383
  1822 * on TARGET by SOURCE ; modal=1383

[verb] beat to death | lynch | stone to death | torture to death | club to death | kick to death | strangle | suffocate | asphyxiate | bludgeon to death | trample to death
  1823 * TARGET ; modal=1383                             # "a mob lynched the suspect"

[verb] beat | kick | club | stone | torture | bludgeon | trample
  1823 * TARGET to death ; modal=1383                    # "police beat him to death"

[noun] lynching | stoning to death | beating to death | strangulation | death by torture | death in custody | custodial death
  1823 SOURCE * of TARGET ; modal=1383
  1823 * of TARGET by SOURCE ; modal=1383

# ---------------------------------------------------------------------------
# 183 Non-military bombing (1831-1834)
# ---------------------------------------------------------------------------

[verb] detonate | set off | plant | blow up | trigger | hurl | throw | lob | toss | place
  1831 * $SUICIDE_BOMB ; modal=1383                      # "detonated a suicide vest"
  1832 * $CAR_BOMB ; modal=1383                          # "set off a car bomb"
  1833 * $ROADSIDE_BOMB ; modal=1383                     # "planted a roadside bomb"
  1834 * $PLACED_BOMB ; modal=1383                       # "planted a time bomb"
  183  * $BOMB at TARGET ; modal=1383                     # "threw a bomb at the police"
  183  * $BOMB in TARGET ; conf=0.6 modal=1383
  183  * $BOMB near TARGET ; conf=0.7 modal=1383
  183  * $BOMB outside TARGET ; conf=0.7 modal=1383
  183  * $BOMB ; modal=1383

[verb] blow up | dynamite | firebomb | petrol-bomb | car-bomb | booby-trap
  183  * TARGET ; conf=0.8 modal=1383                  # "rebels blew up the pipeline"

[verb] blow oneself up | blow himself up | blow herself up | blow themselves up
  1831 * at TARGET ; modal=1383                          # "blew himself up at a checkpoint"
  1831 * in TARGET ; conf=0.7 modal=1383
  1831 * near TARGET ; conf=0.7 modal=1383
  1831 * among TARGET ; modal=1383

[noun] bombing | bomb attack | bomb blast | blast | explosion | bomb explosion | bombing attack | explosive attack | firebombing | molotov cocktail attack | petrol bomb attack | ied attack | pipe bomb attack
  # 183 unless aerial (195 in 19_fight.lex: airstrike, bombing raid ...).
  183  SOURCE * on TARGET ; conf=0.8 modal=1383
  183  * on TARGET by SOURCE ; conf=0.8 modal=1383
  183  SOURCE * against TARGET ; conf=0.8 modal=1383
  183  * against TARGET by SOURCE ; conf=0.8 modal=1383
  183  SOURCE * of TARGET ; conf=0.7 modal=1383
  183  * of TARGET by SOURCE ; conf=0.7 modal=1383
  183  SOURCE * targeting TARGET ; modal=1383
  183  SOURCE * at TARGET ; conf=0.7 modal=1383
  183  SOURCE * in TARGET ; conf=0.5 modal=1383

[noun] suicide bombing | suicide attack | suicide blast | suicide explosion | suicide operation | martyrdom operation | suicide car bombing | suicide truck bombing | suicide bomb attack | self-immolation attack
  1831 SOURCE * on TARGET ; modal=1383                    # "an IS suicide bombing on a mosque"
  1831 * on TARGET by SOURCE ; modal=1383
  1831 SOURCE * against TARGET ; modal=1383
  1831 * against TARGET by SOURCE ; modal=1383
  1831 SOURCE * targeting TARGET ; modal=1383
  1831 SOURCE * at TARGET ; modal=1383
  1831 SOURCE * in TARGET ; conf=0.6 modal=1383
  1831 SOURCE * of TARGET ; conf=0.7 modal=1383
  1831 * of TARGET by SOURCE ; conf=0.7 modal=1383

[noun] car bombing | car bomb attack | truck bombing | truck bomb attack | vehicle bombing | vehicle-borne bomb attack | vbied attack | motorcycle bombing | car explosion
  1832 SOURCE * on TARGET ; modal=1383
  1832 * on TARGET by SOURCE ; modal=1383
  1832 SOURCE * against TARGET ; modal=1383
  1832 * against TARGET by SOURCE ; modal=1383
  1832 SOURCE * targeting TARGET ; modal=1383
  1832 SOURCE * at TARGET ; modal=1383
  1832 SOURCE * in TARGET ; conf=0.6 modal=1383

[noun] roadside bombing | roadside bomb attack | roadside blast | roadside explosion | ied explosion | landmine explosion | mine blast | improvised explosive device attack
  1833 SOURCE * on TARGET ; modal=1383
  1833 * on TARGET by SOURCE ; modal=1383
  1833 SOURCE * against TARGET ; modal=1383
  1833 * against TARGET by SOURCE ; modal=1383
  1833 SOURCE * targeting TARGET ; modal=1383
  1833 SOURCE * in TARGET ; conf=0.6 modal=1383

[noun] time bomb attack | remote-controlled bombing | remote-detonated bombing | planted bomb | booby trap | booby-trap bombing | location bombing | timed explosion
  1834 SOURCE * on TARGET ; modal=1383
  1834 * on TARGET by SOURCE ; modal=1383
  1834 SOURCE * against TARGET ; modal=1383
  1834 * against TARGET by SOURCE ; modal=1383
  1834 SOURCE * targeting TARGET ; modal=1383
  1834 SOURCE * in TARGET ; conf=0.6 modal=1383

# ---------------------------------------------------------------------------
# 184 Human shield
# ---------------------------------------------------------------------------

[verb] use | exploit | employ | hide behind | deploy
  184  * TARGET as shield ; modal=1383                    # "used civilians as human shields"
  184  * TARGET as human shield ; modal=1383

[verb] hide | embed | station | position
  184  * among $CIVILIANS ; conf=0.7 modal=1383         # "fighters hid among civilians"
  184  * in $CIVILIAN_SITE ; conf=0.6 modal=1383        # "positioned launchers in schools"

[noun] human shield
  184  SOURCE * of TARGET ; conf=0.8 modal=1383
  184  * of TARGET by SOURCE ; conf=0.8 modal=1383

# ---------------------------------------------------------------------------
# 185 Attempt to assassinate, 186 Assassinate
# ---------------------------------------------------------------------------

[verb] attempt | try | seek | plot | conspire
  185  * to $ASSASSINATE_V TARGET ; modal=1383             # "tried to assassinate the president"
  185  * to kill TARGET ; conf=0.7 modal=1383

[noun] assassination attempt | murder attempt | attempted assassination | attempted murder | assassination bid | failed assassination | botched assassination | assassination plot | foiled assassination
  185  SOURCE * on TARGET ; modal=1383                    # "an attempt on the president's life"
  185  * on TARGET by SOURCE ; modal=1383
  185  SOURCE * against TARGET ; modal=1383
  185  * against TARGET by SOURCE ; modal=1383
  185  SOURCE * of TARGET ; modal=1383
  185  * of TARGET by SOURCE ; modal=1383

[noun] attempt
  185  SOURCE * on life of TARGET ; modal=1383            # "an attempt on the life of the PM"
  185  SOURCE * to $ASSASSINATE_V TARGET ; modal=1383
  185  SOURCE * on life TARGET ; modal=1383

[verb] assassinate | liquidate
  186  * TARGET ; modal=1383                              # "Israel assassinated a Hamas leader"

[noun] assassination | targeted killing | targeted assassination | political assassination | political killing | political murder | extrajudicial killing | extrajudicial execution | liquidation | decapitation strike
  186  SOURCE * of TARGET ; modal=1383                    # "Israel's assassination of Nasrallah"
  186  * of TARGET by SOURCE ; modal=1383
  186  SOURCE * targeting TARGET ; modal=1383
  186  SOURCE * against TARGET ; modal=1383
  186  * against TARGET by SOURCE ; modal=1383

[noun] assassin | killer | murderer
  186  * of TARGET ; conf=0.6 modal=1383
