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
  161  * $DIPLOMATIC_TIES with TARGET          # "Bolivia severed ties with Israel"
  161  * $DIPLOMATIC_TIES to TARGET ; conf=0.8
  161  * $DIPLOMATIC_TIES

[verb] recall | withdraw | pull | call home | summon home | bring home
  161  * $ENVOY from TARGET                   # "recalled its ambassador from Israel"
  161  * $ENVOY to TARGET                     # "recalled its ambassador to Tel Aviv"
  161  * $ENVOY in TARGET
  # No bare "recalled its ambassador": the envoy is the source's own.

[verb] expel | kick out | throw out | order out | eject | oust | send home
  161  * $ENVOY                               # "expelled the Russian diplomats"
  161  * $ENVOY of TARGET
  161  * $ENVOY from _                        # the envoy's country is the target

[verb] close | shut | shut down | shutter | suspend | downgrade | evacuate
  161  * $EMBASSY in TARGET                   # "closed its embassy in Kabul"
  161  * $EMBASSY of TARGET                   # "closed the embassy of Qatar"
  161  * $EMBASSY to TARGET
  161  * $EMBASSY TARGET                      # "shut Iran's consulate"
  161  * $EMBASSY

[verb] cancel | call off | postpone | scrap | suspend | cut short | abort | put off | shelve | scupper
  161  * $VISIT to TARGET                     # "cancelled his visit to Washington"
  161  * $VISIT by TARGET ; conf=0.8          # "called off a visit by the Israeli PM"
  161  * $MEETING with TARGET                 # "cancelled a meeting with Blinken"
  161  * $MEETING of TARGET ; conf=0.8

[verb] boycott | skip | shun | stay away from
  161  * $MEETING                             # "boycotted the summit"
  161  * $MEETING of TARGET
  161  * $MEETING with TARGET
  161  * $VISIT of TARGET
  164  * $TALKS with TARGET                   # "boycotted talks with the government"
  164  * $TALKS

[noun] severance | rupture | breaking off | break | downgrading | downgrade | suspension | freezing | freeze | cut | cutting
  161  SOURCE * of $DIPLOMATIC_TIES with TARGET    # "Bolivia's severance of ties with Israel"
  161  SOURCE * in $DIPLOMATIC_TIES with TARGET    # "a break in relations with Iran"

[noun] expulsion | recall | withdrawal | ouster
  161  SOURCE * of $ENVOY                   # "Russia's expulsion of British diplomats"
  161  SOURCE * of $ENVOY TARGET
  161  SOURCE * of $ENVOY from _

[noun] closure | shutdown | closing | suspension
  161  SOURCE * of $EMBASSY                 # "the closure of the US embassy in Kabul"
  161  SOURCE * of $EMBASSY in TARGET

[noun] cancellation | postponement | cancelling | scrapping
  161  SOURCE * of $VISIT to TARGET
  161  SOURCE * of $MEETING with TARGET
  164  SOURCE * of $TALKS with TARGET
  164  SOURCE * of $TALKS

[verb] withdraw | pull out | quit | leave | exit | suspend | pull | walk away
  # Leaving an organisation or treaty is a reduction of relations.
  161  * from $ORGANIZATION                  # "withdrew from the treaty"
  161  * $ORGANIZATION                       # "quit NATO", "left the alliance"
  161  * $MEMBERSHIP of $ORGANIZATION ; conf=0.9
  161  * $MEMBERSHIP in $ORGANIZATION ; conf=0.9
  161  * $MEMBERSHIP

[verb] suspend | expel | oust | exclude | kick out | throw out | eject | bar
  160  * TARGET from $ORGANIZATION           # "suspended Niger from ECOWAS"
  160  * $MEMBERSHIP of TARGET               # "suspended the membership of Russia"
  160  * $MEMBERSHIP TARGET

# ---------------------------------------------------------------------------
# 160 Reduce relations (residual)
# ---------------------------------------------------------------------------

[verb] suspend | freeze | halt | end | cut | cut off | curtail | scale back | downgrade | reduce | terminate | sever | cancel | stop | pause | break off
  160  * $COOPERATION with TARGET            # "suspended cooperation with the IAEA"
  160  * $CONTACTS with TARGET                # "froze all contacts with Hamas"
  160  * $AGREEMENT with TARGET ; conf=0.8    # "suspended the agreement with Turkey"
  160  * participation in _ ; conf=0.7      # "suspended its participation in the deal"
  160  * $COOPERATION

[verb] distance | dissociate | disassociate
  160  * from TARGET ; conf=0.8              # "Cairo distanced itself from Riyadh"

[verb] abrogate | renounce | tear up | pull out of | walk away from | annul | exit | scrap
  160  * $AGREEMENT with TARGET              # "tore up the agreement with Israel"
  160  * $AGREEMENT                          # "renounced the treaty"

[noun] suspension | freeze | freezing | termination | cessation | downgrade | downgrading | reduction | curtailment | cut | end
  160  SOURCE * of $COOPERATION with TARGET
  160  SOURCE * of $CONTACTS with TARGET
  160  SOURCE * in $COOPERATION with TARGET
  160  SOURCE * of $AGREEMENT with TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 162x Reduce or stop material aid
# ---------------------------------------------------------------------------

[verb] cut | cut off | slash | suspend | freeze | halt | stop | withhold | end | terminate | reduce | scale back | scale down | curtail | withdraw | pull | pause | block | cancel | hold up | hold back | delay
  1621 * $ECONOMIC_AID to TARGET             # "suspended budget support to Mali"
  1621 * $ECONOMIC_AID for TARGET
  1621 * $ECONOMIC_AID TARGET ; conf=0.8     # "froze Ukraine's loan"
  1622 * $MILITARY_AID to TARGET             # "halted military aid to Kiev"
  1622 * $MILITARY_AID for TARGET
  1622 * $MILITARY_AID TARGET ; conf=0.8
  1622 * $ARMS_SALES to TARGET               # "suspended arms sales to Israel"
  1622 * $ARMS_SALES for TARGET
  1623 * $HUMANITARIAN_AID to TARGET         # "cut food aid to Gaza"
  1623 * $HUMANITARIAN_AID for TARGET
  162  * $AID to TARGET                      # "cut aid to Egypt"
  162  * $AID for TARGET
  162  * $AID from TARGET ; conf=0.7
  162  * $AID TARGET ; conf=0.8

[verb] defund | stop funding | cut funding | pull funding | suspend funding | freeze funding
  162  * TARGET                              # "Congress defunded UNRWA"
  162  * for TARGET ; conf=0.8

[noun] cut | cutoff | cut-off | suspension | freeze | freezing | halt | reduction | withholding | termination | end | pause | cancellation | curtailment | withdrawal | stoppage
  1621 SOURCE * of $ECONOMIC_AID to TARGET
  1621 SOURCE * in $ECONOMIC_AID to TARGET
  1622 SOURCE * of $MILITARY_AID to TARGET   # "the US suspension of military aid to Egypt"
  1622 SOURCE * in $MILITARY_AID to TARGET
  1622 SOURCE * of $ARMS_SALES to TARGET
  1623 SOURCE * of $HUMANITARIAN_AID to TARGET
  1623 SOURCE * in $HUMANITARIAN_AID to TARGET
  162  SOURCE * of $AID to TARGET             # "Washington's cut of aid to Egypt"
  162  SOURCE * in $AID to TARGET

[noun] aid cut | aid freeze | aid suspension | funding cut | funding freeze | funding suspension | aid cutoff | aid embargo
  162  SOURCE * to TARGET                    # "US aid cuts to the Palestinians"
  162  SOURCE * for TARGET
  162  SOURCE * on TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 163 Impose embargo, boycott, or sanctions
# ---------------------------------------------------------------------------

[verb] impose | slap | level | place | introduce | adopt | approve | announce | unveil | enforce | reimpose | re-impose | tighten | expand | extend | broaden | toughen | step up | ratchet up | roll out | apply | agree | pass | renew | declare | add
  163  * $SANCTIONS on TARGET                # "the EU imposed sanctions on Russia"
  163  * $SANCTIONS against TARGET           # "adopted new sanctions against Iran"
  163  * $SANCTIONS targeting TARGET
  163  * $SANCTIONS target TARGET
  163  * $SANCTIONS TARGET ; conf=0.7        # "renewed Iran sanctions"
  163  * $SANCTIONS to TARGET ; conf=0.7
  163  * $SANCTIONS

[verb] sanction | blacklist | embargo
  163  * TARGET                               # "the US sanctioned three Iranian firms"
  163  * TARGET over _
  163  * TARGET for _

[verb] freeze | block
  163  * $ASSETS of TARGET ; conf=0.8         # "froze the assets of the central bank"
  163  * $ASSETS TARGET ; conf=0.8           # "froze Russia's reserves"

[verb] ban | bar | halt | suspend | stop | block | restrict | curb | limit | prohibit | cut | cut off | end
  163  * $TRADE_FLOW from TARGET              # "banned imports from Russia"
  163  * $TRADE_FLOW to TARGET                # "halted oil exports to Israel"
  163  * $TRADE_FLOW with TARGET              # "suspended trade with Turkey"
  163  * $TRADE_FLOW TARGET                   # "banned Russia's oil exports"
  163  * $TRADE_FLOW of TARGET
  163  * $FLIGHTS to TARGET                   # "suspended flights to Israel"
  163  * $FLIGHTS from TARGET
  163  * $AIRSPACE to TARGET                  # "closed its airspace to Russian planes"
  163  * $PORTS to TARGET

[noun] sanction | embargo | arms embargo | oil embargo | trade embargo | economic embargo | boycott | trade ban | export ban | import ban | asset freeze | tariff | punitive tariff | trade restriction | economic restriction | punitive measure | financial sanction | economic sanction | blacklisting | export control | trade war | economic blockade | countermeasure | counter-sanction | retaliatory tariff | travel sanction | secondary sanction
  163  SOURCE * on TARGET                     # "US sanctions on Iran"
  163  SOURCE * against TARGET                # "EU sanctions against Russia"
  163  SOURCE * targeting TARGET
  163  SOURCE * of TARGET ; conf=0.7          # "the Arab boycott of Israel"
  163  SOURCE * to TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# 164 Halt negotiations
# ---------------------------------------------------------------------------

[verb] walk out | storm out | pull out | withdraw | quit | abandon | suspend | break off | halt | terminate | freeze | call off | scrap | cancel | torpedo | derail | sabotage | wreck
  164  * of $NEGOTIATIONS_HALTED              # "walked out of the talks"
  164  * from $NEGOTIATIONS_HALTED            # "withdrew from negotiations"
  164  * $NEGOTIATIONS_HALTED with TARGET     # "suspended talks with Hamas"
  164  * of $NEGOTIATIONS_HALTED with TARGET
  164  * from $NEGOTIATIONS_HALTED with TARGET
  164  * $NEGOTIATIONS_HALTED                 # "broke off the negotiations"

[verb] walk away | turn away | step away
  164  * from $NEGOTIATIONS_HALTED
  164  * from $NEGOTIATIONS_HALTED with TARGET
  164  * from table ; conf=0.8              # "walked away from the table"

[noun] walkout | walk-out | withdrawal | pullout | exit | suspension | breakdown | collapse | termination | freezing | freeze
  164  SOURCE * from $NEGOTIATIONS_HALTED    # "the Palestinian walkout from the talks"
  164  SOURCE * from $NEGOTIATIONS_HALTED with TARGET
  164  SOURCE * of $NEGOTIATIONS_HALTED with TARGET
  164  SOURCE * in $NEGOTIATIONS_HALTED with TARGET ; conf=0.8

# ---------------------------------------------------------------------------
# 165 Halt mediation
# ---------------------------------------------------------------------------

[verb] suspend | end | halt | abandon | quit | stop | freeze | terminate | pause | give up | drop | call off | wind down
  165  * $MEDIATION                           # "Qatar suspended its mediation"
  165  * $MEDIATION between _ ; conf=0.9
  165  * $MEDIATION with TARGET
  165  * role as $MEDIATOR                    # "ended its role as mediator"

[verb] withdraw | pull out | step down | step back | quit | resign | bow out
  165  * as $MEDIATOR                         # "Qatar withdrew as mediator"
  165  * from $MEDIATION                       # "pulled out of the mediation"
  165  * from role as $MEDIATOR

[noun] suspension | end | withdrawal | halt | termination | collapse
  165  SOURCE * of $MEDIATION                 # "Qatar's suspension of its mediation"
  165  SOURCE * as $MEDIATOR
  165  SOURCE * from $MEDIATION

# ---------------------------------------------------------------------------
# 166x Expel or withdraw organisations
# ---------------------------------------------------------------------------

[verb] expel | kick out | throw out | order out | eject | oust | evict | send home | ban | bar | shut down | close | force out | suspend
  1661 * $PEACEKEEPERS                        # "Mali expelled the UN peacekeepers"
  1661 * $PEACEKEEPERS from _
  1662 * $INSPECTORS                          # "expelled the IAEA inspectors"
  1662 * $INSPECTORS from _
  1663 * $AID_AGENCY                          # "Sudan expelled aid agencies"
  1663 * $AID_AGENCY from _
  166  * $FOREIGN_ORG                         # "expelled the foreign NGOs"
  166  * $FOREIGN_ORG from _
  166  * mission of TARGET ; conf=0.8         # "expelled the OSCE's mission"

[verb] withdraw | pull out | pull | recall | evacuate | remove | relocate | bring home
  1661 * $PEACEKEEPERS from _                 # "the UN withdrew its peacekeepers from Mali"
  1661 * $PEACEKEEPERS
  1662 * $INSPECTORS from _                   # "the IAEA withdrew its inspectors"
  1662 * $INSPECTORS
  1663 * $AID_AGENCY from _
  1663 * $AID_STAFF from _ ; conf=0.7         # "MSF withdrew its staff from Gaza"

[verb] end | terminate | suspend | halt | wind down | wind up | close | shut down
  1661 * $PEACEKEEPING_MISSION                 # "the council ended the peacekeeping mission"
  1661 * $PEACEKEEPING_MISSION in TARGET
  1662 * $MONITORING_MISSION
  1663 * $AID_OPERATIONS in TARGET            # "suspended aid operations in Gaza"
  1663 * $AID_OPERATIONS

[noun] expulsion | withdrawal | pullout | pull-out | departure | removal | ouster | eviction | exit | evacuation | recall
  1661 SOURCE * of $PEACEKEEPERS             # "Mali's expulsion of UN peacekeepers"
  1662 SOURCE * of $INSPECTORS
  1663 SOURCE * of $AID_AGENCY
  1663 SOURCE * of $AID_STAFF
  166  SOURCE * of $FOREIGN_ORG
