# CAMEO root 16: REDUCE RELATIONS.
#
# 160 reduce relations (residual), 161 reduce or break diplomatic relations
# (incl. recalled / expelled diplomats, closed embassies, cancelled
# meetings and visits), 162x reduce or stop aid (1621 economic, 1622
# military, 1623 humanitarian), 163 impose embargo, boycott or sanctions,
# 164 halt negotiations, 165 halt mediation, 166x expel or withdraw
# organisations (1661 peacekeepers, 1662 inspectors / observers, 1663 aid
# agencies).
#
# Expelled individuals are 174 (17_coerce.lex); mass expulsions are 201.
# Threats to do any of this are 131x / 134-136 (13_threaten.lex); a
# refusal to lift sanctions is 1244.

# ---------------------------------------------------------------------------
# 161 Reduce or break diplomatic relations
# ---------------------------------------------------------------------------

[verb] sever | break | break off | cut | cut off | suspend | freeze | downgrade | end | terminate | rupture | scale back | scale down | curtail | reduce | sunder
  161  * $DIPLOMATIC_TIES with TARGET ; modal=1313          # "Bolivia severed ties with Israel"
  161  * $DIPLOMATIC_TIES to TARGET ; conf=0.8 modal=1313
  161  * $DIPLOMATIC_TIES ; modal=1313

[verb] recall | withdraw | pull | call home | summon home | bring home
  161  * $ENVOY from TARGET ; modal=1313                   # "recalled its ambassador from Israel"
  161  * $ENVOY to TARGET ; modal=1313                     # "recalled its ambassador to Tel Aviv"
  161  * $ENVOY in TARGET ; modal=1313
  # No bare "recalled its ambassador": the envoy is the source's own.

[verb] expel | kick out | throw out | order out | eject | oust | send home
  161  * $ENVOY ; modal=1313                               # "expelled the Russian diplomats"
  161  * $ENVOY of TARGET ; modal=1313
  161  * $ENVOY from _ ; modal=1313                        # the envoy's country is the target

[verb] close | shut | shut down | shutter | suspend | downgrade | evacuate
  161  * $EMBASSY in TARGET ; modal=1313                   # "closed its embassy in Kabul"
  161  * $EMBASSY of TARGET ; modal=1313                   # "closed the embassy of Qatar"
  161  * $EMBASSY to TARGET ; modal=1313
  161  * $EMBASSY TARGET ; modal=1313                      # "shut Iran's consulate"
  161  * $EMBASSY ; modal=1313

[verb] cancel | call off | postpone | scrap | suspend | cut short | abort | put off | shelve | scupper
  161  * $VISIT to TARGET ; modal=1313                     # "cancelled his visit to Washington"
  161  * $VISIT by TARGET ; conf=0.8 modal=1313          # "called off a visit by the Israeli PM"
  161  * $MEETING with TARGET ; modal=1313                 # "cancelled a meeting with Blinken"
  161  * $MEETING of TARGET ; conf=0.8 modal=1313

[verb] boycott | skip | shun | stay away from
  161  * $MEETING ; modal=1313                             # "boycotted the summit"
  161  * $MEETING of TARGET ; modal=1313
  161  * $MEETING with TARGET ; modal=1313
  161  * $VISIT of TARGET ; modal=1313
  164  * $TALKS with TARGET ; modal=134                   # "boycotted talks with the government"
  164  * $TALKS ; modal=134

[noun] severance | rupture | breaking off | break | downgrading | downgrade | suspension | freezing | freeze | cut | cutting
  161  SOURCE * of $DIPLOMATIC_TIES with TARGET ; modal=1313    # "Bolivia's severance of ties with Israel"
  161  SOURCE * in $DIPLOMATIC_TIES with TARGET ; modal=1313    # "a break in relations with Iran"

[noun] expulsion | recall | withdrawal | ouster
  161  SOURCE * of $ENVOY ; modal=1313                   # "Russia's expulsion of British diplomats"
  161  SOURCE * of $ENVOY TARGET ; modal=1313
  161  SOURCE * of $ENVOY from _ ; modal=1313

[noun] closure | shutdown | closing | suspension
  161  SOURCE * of $EMBASSY ; modal=1313                 # "the closure of the US embassy in Kabul"
  161  SOURCE * of $EMBASSY in TARGET ; modal=1313

[noun] cancellation | postponement | cancelling | scrapping
  161  SOURCE * of $VISIT to TARGET ; modal=1313
  161  SOURCE * of $MEETING with TARGET ; modal=1313
  164  SOURCE * of $TALKS with TARGET ; modal=134
  164  SOURCE * of $TALKS ; modal=134

[verb] withdraw | pull out | quit | leave | exit | suspend | pull | walk away
  # Leaving an organisation or treaty is a reduction of relations.
  161  * from $ORGANIZATION ; modal=1313                  # "withdrew from the treaty"
  161  * $ORGANIZATION ; modal=1313                       # "quit NATO", "left the alliance"
  161  * $MEMBERSHIP of $ORGANIZATION ; conf=0.9 modal=1313
  161  * $MEMBERSHIP in $ORGANIZATION ; conf=0.9 modal=1313
  161  * $MEMBERSHIP ; modal=1313

[verb] suspend | expel | oust | exclude | kick out | throw out | eject | bar
  160  * TARGET from $ORGANIZATION ; modal=131           # "suspended Niger from ECOWAS"
  160  * $MEMBERSHIP of TARGET ; modal=131               # "suspended the membership of Russia"
  160  * $MEMBERSHIP TARGET ; modal=131

# ---------------------------------------------------------------------------
# 160 Reduce relations (residual)
# ---------------------------------------------------------------------------

[verb] suspend | freeze | halt | end | cut | cut off | curtail | scale back | downgrade | reduce | terminate | sever | cancel | stop | pause | break off
  160  * $COOPERATION with TARGET ; modal=131            # "suspended cooperation with the IAEA"
  160  * $CONTACTS with TARGET ; modal=131                # "froze all contacts with Hamas"
  160  * $AGREEMENT with TARGET ; conf=0.8 modal=131    # "suspended the agreement with Turkey"
  160  * participation in _ ; conf=0.7 modal=131      # "suspended its participation in the deal"
  160  * $COOPERATION ; modal=131

[verb] distance | dissociate | disassociate
  160  * from TARGET ; conf=0.8 modal=131              # "Cairo distanced itself from Riyadh"

[verb] abrogate | renounce | tear up | pull out of | walk away from | annul | exit | scrap
  160  * $AGREEMENT with TARGET ; modal=131              # "tore up the agreement with Israel"
  160  * $AGREEMENT ; modal=131                          # "renounced the treaty"

[noun] suspension | freeze | freezing | termination | cessation | downgrade | downgrading | reduction | curtailment | cut | end
  160  SOURCE * of $COOPERATION with TARGET ; modal=131
  160  SOURCE * of $CONTACTS with TARGET ; modal=131
  160  SOURCE * in $COOPERATION with TARGET ; modal=131
  160  SOURCE * of $AGREEMENT with TARGET ; conf=0.8 modal=131

# ---------------------------------------------------------------------------
# 162x Reduce or stop material aid
# ---------------------------------------------------------------------------

[verb] cut | cut off | slash | suspend | freeze | halt | stop | withhold | end | terminate | reduce | scale back | scale down | curtail | withdraw | pull | pause | block | cancel | hold up | hold back | delay | ban | bar | prohibit
  1621 * $ECONOMIC_AID to TARGET ; modal=1311             # "suspended budget support to Mali"
  1621 * $ECONOMIC_AID for TARGET ; modal=1311
  1621 * $ECONOMIC_AID TARGET ; conf=0.8 modal=1311     # "froze Ukraine's loan"
  1622 * $MILITARY_AID to TARGET ; modal=1311             # "halted military aid to Kiev"
  1622 * $MILITARY_AID for TARGET ; modal=1311
  1622 * $MILITARY_AID TARGET ; conf=0.8 modal=1311
  1622 * $ARMS_SALES to TARGET ; modal=1311               # "suspended arms sales to Israel"
  1622 * $ARMS_SALES for TARGET ; modal=1311
  1623 * $HUMANITARIAN_AID to TARGET ; modal=1311         # "cut food aid to Gaza"
  1623 * $HUMANITARIAN_AID for TARGET ; modal=1311
  162  * $AID to TARGET ; modal=1311                      # "cut aid to Egypt"
  162  * $AID for TARGET ; modal=1311
  162  * $AID from TARGET ; conf=0.7 modal=1311
  162  * $AID TARGET ; conf=0.8 modal=1311

[verb] defund | stop funding | cut funding | pull funding | suspend funding | freeze funding
  162  * TARGET ; modal=1311                              # "Congress defunded UNRWA"
  162  * for TARGET ; conf=0.8 modal=1311

[noun] cut | cutoff | cut-off | suspension | freeze | freezing | halt | reduction | withholding | termination | end | pause | cancellation | curtailment | withdrawal | stoppage
  1621 SOURCE * of $ECONOMIC_AID to TARGET ; modal=1311
  1621 SOURCE * in $ECONOMIC_AID to TARGET ; modal=1311
  1622 SOURCE * of $MILITARY_AID to TARGET ; modal=1311   # "the US suspension of military aid to Egypt"
  1622 SOURCE * in $MILITARY_AID to TARGET ; modal=1311
  1622 SOURCE * of $ARMS_SALES to TARGET ; modal=1311
  1623 SOURCE * of $HUMANITARIAN_AID to TARGET ; modal=1311
  1623 SOURCE * in $HUMANITARIAN_AID to TARGET ; modal=1311
  162  SOURCE * of $AID to TARGET ; modal=1311             # "Washington's cut of aid to Egypt"
  162  SOURCE * in $AID to TARGET ; modal=1311

[noun] aid cut | aid freeze | aid suspension | funding cut | funding freeze | funding suspension | aid cutoff | aid embargo
  162  SOURCE * to TARGET ; modal=1311                    # "US aid cuts to the Palestinians"
  162  SOURCE * for TARGET ; modal=1311
  162  SOURCE * on TARGET ; conf=0.8 modal=1311

# ---------------------------------------------------------------------------
# 163 Impose embargo, boycott, or sanctions
# ---------------------------------------------------------------------------

[verb] impose | slap | level | place | introduce | adopt | approve | announce | unveil | enforce | reimpose | re-impose | tighten | expand | broaden | toughen | step up | ratchet up | roll out | apply | agree | pass | declare | add
  163  * $SANCTIONS on TARGET ; modal=1312                # "the EU imposed sanctions on Russia"
  163  * $SANCTIONS against TARGET ; modal=1312           # "adopted new sanctions against Iran"
  163  * $SANCTIONS on _ from TARGET ; modal=1312        # "imposed tariffs on goods from China"
  163  * $SANCTIONS against _ from TARGET ; modal=1312
  163  * $SANCTIONS targeting TARGET ; modal=1312
  163  * $SANCTIONS target TARGET ; modal=1312
  163  * $SANCTIONS TARGET ; conf=0.7 modal=1312        # "renewed Iran sanctions"
  163  * $SANCTIONS to TARGET ; conf=0.7 modal=1312
  163  * $SANCTIONS ; modal=1312

# Sanctions that are not renewed or extended lapse: "the European Union
# failed to renew sanctions against Zimbabwe" is 085 (easing).
[verb] renew | extend
  163  * $SANCTIONS on TARGET ; modal=1312 neg=085         # "renewed sanctions on Russia"
  163  * $SANCTIONS against TARGET ; modal=1312 neg=085    # "failed to renew sanctions against Zimbabwe" -> 085
  163  * $SANCTIONS on _ from TARGET ; modal=1312 neg=085
  163  * $SANCTIONS against _ from TARGET ; modal=1312 neg=085
  163  * $SANCTIONS targeting TARGET ; modal=1312 neg=085
  163  * $SANCTIONS target TARGET ; modal=1312 neg=085
  163  * $SANCTIONS TARGET ; conf=0.7 modal=1312 neg=085  # "renewed Iran sanctions"
  163  * $SANCTIONS to TARGET ; conf=0.7 modal=1312 neg=085
  163  * $SANCTIONS ; modal=1312 neg=085

[verb] sanction | blacklist | embargo
  163  * TARGET ; modal=1312                               # "the US sanctioned three Iranian firms"
  163  * TARGET over _ ; modal=1312
  163  * TARGET for _ ; modal=1312

[verb] freeze | block
  163  * $ASSETS of TARGET ; conf=0.8 modal=1312         # "froze the assets of the central bank"
  163  * $ASSETS TARGET ; conf=0.8 modal=1312           # "froze Russia's reserves"

[verb] ban | bar | halt | suspend | stop | block | restrict | curb | limit | prohibit | cut | cut off | end
  163  * $TRADE_FLOW from TARGET ; modal=1312              # "banned imports from Russia"
  163  * $TRADE_FLOW to TARGET ; modal=1312                # "halted oil exports to Israel"
  163  * $TRADE_FLOW with TARGET ; modal=1312              # "suspended trade with Turkey"
  163  * $TRADE_FLOW TARGET ; modal=1312                   # "banned Russia's oil exports"
  163  * $TRADE_FLOW of TARGET ; modal=1312
  163  * $FLIGHTS to TARGET ; modal=1312                   # "suspended flights to Israel"
  163  * $FLIGHTS from TARGET ; modal=1312
  163  * $AIRSPACE to TARGET ; modal=1312                  # "closed its airspace to Russian planes"
  163  * $PORTS to TARGET ; modal=1312

[noun] sanction | embargo | arms embargo | oil embargo | trade embargo | economic embargo | boycott | trade ban | export ban | import ban | asset freeze | tariff | punitive tariff | trade restriction | economic restriction | punitive measure | financial sanction | economic sanction | blacklisting | export control | trade war | economic blockade | countermeasure | counter-sanction | retaliatory tariff | travel sanction | secondary sanction
  163  SOURCE * on TARGET ; modal=1312                     # "US sanctions on Iran"
  163  SOURCE * against TARGET ; modal=1312                # "EU sanctions against Russia"
  163  SOURCE * targeting TARGET ; modal=1312
  163  SOURCE * of TARGET ; conf=0.7 modal=1312          # "the Arab boycott of Israel"
  163  SOURCE * to TARGET ; conf=0.6 modal=1312

# ---------------------------------------------------------------------------
# 164 Halt negotiations
# ---------------------------------------------------------------------------

[verb] walk out | storm out | pull out | withdraw | quit | abandon | suspend | break off | halt | terminate | freeze | call off | scrap | cancel | torpedo | derail | sabotage | wreck
  164  * of $NEGOTIATIONS_HALTED ; modal=134              # "walked out of the talks"
  164  * from $NEGOTIATIONS_HALTED ; modal=134            # "withdrew from negotiations"
  164  * $NEGOTIATIONS_HALTED with TARGET ; modal=134     # "suspended talks with Hamas"
  164  * of $NEGOTIATIONS_HALTED with TARGET ; modal=134
  164  * from $NEGOTIATIONS_HALTED with TARGET ; modal=134
  164  * $NEGOTIATIONS_HALTED ; modal=134                 # "broke off the negotiations"

[verb] walk away | turn away | step away
  164  * from $NEGOTIATIONS_HALTED ; modal=134
  164  * from $NEGOTIATIONS_HALTED with TARGET ; modal=134
  164  * from table ; conf=0.8 modal=134              # "walked away from the table"

[noun] walkout | walk-out | withdrawal | pullout | exit | suspension | breakdown | collapse | termination | freezing | freeze
  164  SOURCE * from $NEGOTIATIONS_HALTED ; modal=134    # "the Palestinian walkout from the talks"
  164  SOURCE * from $NEGOTIATIONS_HALTED with TARGET ; modal=134
  164  SOURCE * of $NEGOTIATIONS_HALTED with TARGET ; modal=134
  164  SOURCE * in $NEGOTIATIONS_HALTED with TARGET ; conf=0.8 modal=134

# ---------------------------------------------------------------------------
# 165 Halt mediation
# ---------------------------------------------------------------------------

[verb] suspend | end | halt | abandon | quit | stop | freeze | terminate | pause | give up | drop | call off | wind down
  165  * $MEDIATION ; modal=135                           # "Qatar suspended its mediation"
  165  * $MEDIATION between _ ; conf=0.9 modal=135
  165  * $MEDIATION with TARGET ; modal=135
  165  * role as $MEDIATOR ; modal=135                    # "ended its role as mediator"

[verb] withdraw | pull out | step down | step back | quit | resign | bow out
  165  * as $MEDIATOR ; modal=135                         # "Qatar withdrew as mediator"
  165  * from $MEDIATION ; modal=135                       # "pulled out of the mediation"
  165  * from role as $MEDIATOR ; modal=135

[noun] suspension | end | withdrawal | halt | termination | collapse
  165  SOURCE * of $MEDIATION ; modal=135                 # "Qatar's suspension of its mediation"
  165  SOURCE * as $MEDIATOR ; modal=135
  165  SOURCE * from $MEDIATION ; modal=135

# ---------------------------------------------------------------------------
# 166x Expel or withdraw organisations
# ---------------------------------------------------------------------------

[verb] force | drive | push | kick | throw | order
  # "forced the UN refugee agency out of the country": "out (of)" the case
  # of the place's phrase ("out of _" would make "out" a particle).
  1661 * $PEACEKEEPERS out _ ; modal=136
  1662 * $INSPECTORS out _ ; modal=136
  1663 * $AID_AGENCY out _ ; modal=136
  166  * $FOREIGN_ORG out _ ; modal=136

[verb] expel | kick out | throw out | order out | eject | oust | evict | send home | ban | bar | shut down | close | force out | suspend
  1661 * $PEACEKEEPERS ; modal=136                        # "Mali expelled the UN peacekeepers"
  1661 * $PEACEKEEPERS from _ ; modal=136
  1662 * $INSPECTORS ; modal=136                          # "expelled the IAEA inspectors"
  1662 * $INSPECTORS from _ ; modal=136
  1663 * $AID_AGENCY ; modal=136                          # "Sudan expelled aid agencies"
  1663 * $AID_AGENCY from _ ; modal=136
  166  * $FOREIGN_ORG ; modal=136                         # "expelled the foreign NGOs"
  166  * $FOREIGN_ORG from _ ; modal=136
  166  * mission of TARGET ; conf=0.8 modal=136         # "expelled the OSCE's mission"

[verb] withdraw | pull out | pull | recall | evacuate | remove | relocate | bring home
  1661 * $PEACEKEEPERS from _ ; modal=136                 # "the UN withdrew its peacekeepers from Mali"
  1661 * $PEACEKEEPERS ; modal=136
  1662 * $INSPECTORS from _ ; modal=136                   # "the IAEA withdrew its inspectors"
  1662 * $INSPECTORS ; modal=136
  1663 * $AID_AGENCY from _ ; modal=136
  1663 * $AID_STAFF from _ ; conf=0.7 modal=136         # "MSF withdrew its staff from Gaza"

[verb] end | terminate | suspend | halt | wind down | wind up | close | shut down
  1661 * $PEACEKEEPING_MISSION ; modal=136                 # "the council ended the peacekeeping mission"
  1661 * $PEACEKEEPING_MISSION in TARGET ; modal=136
  1662 * $MONITORING_MISSION ; modal=136
  1663 * $AID_OPERATIONS in TARGET ; modal=136            # "suspended aid operations in Gaza"
  1663 * $AID_OPERATIONS ; modal=136

[noun] expulsion | withdrawal | pullout | pull-out | departure | removal | ouster | eviction | exit | evacuation | recall
  1661 SOURCE * of $PEACEKEEPERS ; modal=136             # "Mali's expulsion of UN peacekeepers"
  1662 SOURCE * of $INSPECTORS ; modal=136
  1663 SOURCE * of $AID_AGENCY ; modal=136
  1663 SOURCE * of $AID_STAFF ; modal=136
  166  SOURCE * of $FOREIGN_ORG ; modal=136
