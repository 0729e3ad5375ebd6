# CAMEO root 06 -- ENGAGE IN MATERIAL COOPERATION (060-064).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Reported, reciprocal exchange: economic (061: trade, investment), military
# (062: joint exercises, training together, arms exchange), judicial (063:
# extradition, handing over suspects, cooperation with courts), and
# intelligence / information (064).  Unilateral provisions are aid (07x);
# promises to cooperate are 03x.  A negated or refused cooperation ("refused
# to cooperate with the inquiry") codes the matching 121x rejection.
#
# Nouns of cooperation ("security cooperation between Iraq and the US has
# been good") describe a state of affairs and get no pattern here; the
# cooperation is coded through the verbs that report it happening.

# ---------------------------------------------------------------------------
# 060  Engage in material cooperation, not specified below
# ---------------------------------------------------------------------------

[verb] cooperate | co-operate | collaborate | work together | partner | team up | join forces | join hands | coordinate
  # General forms last: the specific ones win when they match.
  061  * economically with TARGET ; recip neg=1211 modal=0311
  061  * with TARGET on trade ; recip neg=1211 modal=0311
  061  * with TARGET on energy ; recip neg=1211 modal=0311
  061  * with TARGET on investment ; recip neg=1211 modal=0311
  062  * militarily with TARGET ; recip neg=1212 modal=0312
  062  * with TARGET on security ; recip neg=1212 modal=0312
  062  * with TARGET on defense ; recip neg=1212 modal=0312
  062  * with TARGET on defence ; recip neg=1212 modal=0312
  062  * with TARGET on counterterrorism ; recip neg=1212 modal=0312
  062  * with TARGET on counter-terrorism ; recip neg=1212 modal=0312
  062  * with TARGET against _ ; recip neg=1212 modal=0312
  062  * with TARGET in fight against _ ; recip neg=1212 modal=0312
  063  * with $INVESTIGATION by TARGET ; neg=1213 modal=0313
  063  * with $INVESTIGATION of TARGET ; neg=1213 modal=0313
  063  * with TARGET $INVESTIGATION ; neg=1213 modal=0313
  063  * with TARGET on extradition ; recip neg=1213 modal=0313
  063  * with court TARGET ; neg=1213 modal=0313
  063  * with tribunal ; neg=1213 modal=0313
  063  * with court ; neg=1213 modal=0313
  064  * with TARGET on intelligence ; recip neg=1214 modal=0314
  064  * with TARGET on $INTELLIGENCE ; recip neg=1214 modal=0314
  060  * with TARGET on _ ; recip neg=121 modal=031
  060  * with TARGET ; recip neg=121 modal=031

[verb] work
  060  * with TARGET on _ ; recip conf=0.7 modal=031
  060  * closely with TARGET ; recip conf=0.8 modal=031
  060  * together with TARGET ; recip conf=0.8 modal=031
  062  * with TARGET against _ ; recip conf=0.8 modal=0312

[verb] expand | boost | deepen | strengthen | enhance | broaden | intensify | step up | increase | bolster | widen | develop | upgrade | improve | resume | revive | restore | launch | begin | start | initiate | establish | build | forge | extend
  # Reported expansion of material ties ("Iraq and Iran expanded trade";
  # "resumed military cooperation with Washington").
  061  * $ECONOMIC_COOPERATION with TARGET ; recip neg=1211 modal=0311
  061  * $ECONOMIC_COOPERATION between _ and TARGET ; recip conf=0.7 modal=0311
  062  * $SECURITY_COOPERATION with TARGET ; recip neg=1212 modal=0312
  062  * $SECURITY_COOPERATION between _ and TARGET ; recip conf=0.7 modal=0312
  063  * $JUDICIAL_COOPERATION with TARGET ; recip neg=1213 modal=0313
  064  * $INTELLIGENCE with TARGET ; recip neg=1214 modal=0314
  060  * cooperation with TARGET ; recip neg=121 conf=0.8 modal=031
  060  * partnership with TARGET ; recip conf=0.8 modal=031
  060  * collaboration with TARGET ; recip conf=0.8 modal=031

[verb] engage | participate | take part | join
  # "engaged in security cooperation with", "took part in joint drills with"
  062  * in $SECURITY_COOPERATION with TARGET ; recip neg=1212 modal=0312
  062  * in exercise with TARGET ; recip neg=1212 modal=0312
  061  * in $ECONOMIC_COOPERATION with TARGET ; recip neg=1211 modal=0311
  064  * in $INTELLIGENCE with TARGET ; recip neg=1214 modal=0314
  060  * in cooperation with TARGET ; recip conf=0.8 modal=031

# ---------------------------------------------------------------------------
# 061  Cooperate economically
# ---------------------------------------------------------------------------

[verb] trade | do business
  061  * with TARGET ; recip modal=0311
  061  * _ with TARGET ; recip conf=0.8 modal=0311

[verb] invest
  061  * in TARGET ; modal=0311
  061  * _ in TARGET ; modal=0311
  061  * in _ in TARGET ; conf=0.8 modal=0311
  061  * in _ of TARGET ; conf=0.7 modal=0311

[verb] export | sell | ship
  # Arms sales are military exchange (062, below).
  061  * _ to TARGET ; conf=0.8 modal=0311
  061  * TARGET _ ; conf=0.7 modal=0311

[verb] import | buy | purchase | procure | source
  061  * _ from TARGET ; conf=0.8 modal=0311

[verb] open
  061  * market to TARGET ; modal=0311
  061  * economy to TARGET ; conf=0.8 modal=0311
  061  * border to trade with TARGET ; conf=0.8 modal=0311

[verb] grant | extend | award
  # Trade preferences are reciprocal economic exchange, not aid.
  061  * contract to TARGET ; conf=0.7 modal=0311
  061  * TARGET contract ; conf=0.7 modal=0311

[verb] win | secure | land | sign
  # A firm winning a contract from a government.
  061  * contract from TARGET ; conf=0.7 modal=0311
  061  * contract with TARGET ; conf=0.7 modal=0311

[verb] supply | sell | export | deliver
  061  * oil to TARGET ; conf=0.8 modal=0311
  061  * gas to TARGET ; conf=0.8 modal=0311
  061  * electricity to TARGET ; conf=0.8 modal=0311
  061  * energy to TARGET ; conf=0.8 modal=0311
  061  * grain to TARGET ; conf=0.7 modal=0311

[noun] joint venture | trade deal | investment deal | business deal | commercial deal
  # Reported new deals ("a joint venture with Aramco").
  061  SOURCE * with TARGET ; recip conf=0.7 modal=0311

# ---------------------------------------------------------------------------
# 062  Cooperate militarily
# ---------------------------------------------------------------------------

[verb] hold | conduct | stage | carry out | launch | begin | start | complete | wrap up | host | undertake | resume
  062  * exercise with TARGET ; recip modal=0312
  062  * drill with TARGET ; recip modal=0312
  062  * manoeuvre with TARGET ; recip modal=0312
  062  * maneuver with TARGET ; recip modal=0312
  062  * patrol with TARGET ; recip modal=0312
  062  * operation with TARGET ; recip conf=0.8 modal=0312
  062  * exercise ; recip conf=0.8 modal=0312
  062  * drill ; recip conf=0.7 modal=0312
  062  * $WAR_GAME with TARGET ; recip modal=0312
  062  * $WAR_GAME ; recip conf=0.8 modal=0312
  062  * _ of $WAR_GAME ; recip conf=0.7 modal=0312     # "launched 10 days of war games"
  062  * _ of exercise ; recip conf=0.7 modal=0312      # "began a week of joint exercises"

[verb] train | exercise | drill | patrol | manoeuvre | maneuver
  062  * with TARGET ; recip modal=0312
  062  * alongside TARGET ; recip modal=0312
  062  * together with TARGET ; recip modal=0312

[verb] fight | battle | operate | serve
  062  * alongside TARGET ; recip modal=0312
  062  * side by side with TARGET ; recip modal=0312
  062  * shoulder to shoulder with TARGET ; recip modal=0312

[verb] sell | export | ship | supply | deliver | transfer
  # Arms sales and transfers between states: exchange (062).  Arms given
  # as aid are 072 (07_aid.lex).
  062  * $WEAPONS to TARGET ; conf=0.8 modal=0312
  062  * TARGET $WEAPONS ; conf=0.8 modal=0312

[verb] buy | purchase | procure | acquire | import | order
  062  * $WEAPONS from TARGET ; modal=0312

[verb] join
  # "joined the US-led coalition against Islamic State"
  062  * coalition against _ ; modal=0312
  062  * alliance against _ ; modal=0312
  062  * coalition ; conf=0.7 modal=0312
  062  * TARGET in fight against _ ; conf=0.8 modal=0312
  062  * TARGET in war against _ ; conf=0.8 modal=0312

[verb] grant | give | allow | offer
  062  * TARGET use of _ base ; modal=0312
  062  * TARGET access to _ base ; modal=0312
  062  * use of _ base to TARGET ; modal=0312

[noun] exercise | exercises | drill | drills | war game | manoeuvres | maneuvers | joint patrol | joint operation | joint exercise | military exercise | naval exercise
  062  SOURCE * with TARGET ; recip modal=0312
  062  * between SOURCE and TARGET ; recip modal=0312
  062  * of SOURCE and TARGET ; recip conf=0.8 modal=0312

[noun] arms sale | arms deal | weapons sale | weapons deal | arms transfer
  062  SOURCE * to TARGET ; conf=0.8 modal=0312
  062  SOURCE * with TARGET ; conf=0.7 modal=0312

# ---------------------------------------------------------------------------
# 063  Engage in judicial cooperation
# ---------------------------------------------------------------------------

[verb] extradite
  063  * _ to TARGET ; modal=0313
  063  * TARGET ; conf=0.6 modal=0313
  063  * _ from TARGET ; conf=0.8 modal=0313

[verb] hand over | turn over | transfer | surrender | deliver
  # Suspects handed to another state's justice; prisoners released to
  # their own side are 0841 (08_yield.lex).
  063  * suspect to TARGET ; modal=0313
  063  * fugitive to TARGET ; modal=0313
  063  * _ to custody TARGET ; modal=0313
  063  * _ to custody of TARGET ; modal=0313
  063  * _ to authority TARGET ; conf=0.8 modal=0313
  063  * _ to TARGET for trial ; modal=0313
  063  * _ to court ; conf=0.8 modal=0313

[verb] arrest | detain | apprehend
  # An arrest made for another state is judicial cooperation with it.
  063  * _ at request of TARGET ; modal=0313
  063  * _ on behalf of TARGET ; modal=0313
  063  * _ wanted by TARGET ; modal=0313
  063  * _ on warrant TARGET ; modal=0313

[verb] enforce | serve
  063  * warrant of TARGET ; modal=0313
  063  * warrant TARGET ; modal=0313
  063  * _ issued by TARGET ; conf=0.7 modal=0313

[noun] extradition | handover | hand-over | transfer
  063  SOURCE * of _ to TARGET ; modal=0313
  063  SOURCE * of suspect to TARGET ; modal=0313
  063  SOURCE * to TARGET ; conf=0.7 modal=0313

# ---------------------------------------------------------------------------
# 064  Share intelligence or information
# ---------------------------------------------------------------------------

[verb] share | exchange | swap | trade | pool
  064  * $INTELLIGENCE with TARGET ; recip modal=0314
  064  * $INTELLIGENCE ; recip conf=0.8 modal=0314
  064  * information on _ with TARGET ; recip modal=0314
  064  * evidence with TARGET ; recip modal=0314
  064  * data with TARGET ; recip conf=0.8 modal=0314
  064  * finding with TARGET ; recip modal=0314

[verb] pass | provide | give | hand | hand over | supply | send | transmit | forward | deliver | leak
  064  * $INTELLIGENCE to TARGET ; modal=0314
  064  * TARGET $INTELLIGENCE ; modal=0314
  064  * evidence to TARGET ; modal=0314
  064  * information to TARGET ; modal=0314
  064  * finding to TARGET ; modal=0314
  064  * TARGET information ; conf=0.8 modal=0314
  064  * TARGET evidence ; conf=0.8 modal=0314

[verb] tip off | alert | inform | notify | apprise | forewarn
  # "Washington notified Baghdad of the strike in advance"
  064  * TARGET of $ATTACK ; modal=0314
  064  * TARGET about $ATTACK ; modal=0314
  064  * TARGET of plot ; modal=0314
  064  * TARGET about plot ; modal=0314
  064  * TARGET of threat ; modal=0314
  064  * TARGET on $INTELLIGENCE ; modal=0314
  # No generic "informed X of ...": "informed reporters" is attribution.

[verb] disclose | reveal | declassify | release
  064  * $INTELLIGENCE to TARGET ; modal=0314
  064  * information to TARGET ; modal=0314
  064  * document to TARGET ; modal=0314
  064  * file to TARGET ; modal=0314

[noun] intelligence sharing | information sharing | intelligence exchange | information exchange | sharing
  064  SOURCE * with TARGET ; recip modal=0314
  064  * between SOURCE and TARGET ; recip modal=0314
  064  SOURCE * of $INTELLIGENCE with TARGET ; recip modal=0314

[noun] tip | tip-off
  064  SOURCE * to TARGET ; conf=0.6 modal=0314
  064  SOURCE * from _ to TARGET ; conf=0.6 modal=0314
