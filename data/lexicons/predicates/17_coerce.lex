# CAMEO root 17: COERCE.
#
# 170 coerce (residual), 171 seize or damage property (1711 confiscate,
# 1712 destroy), 172 administrative sanctions (1721 political freedoms,
# 1722 ban parties / politicians, 1723 curfew, 1724 state of emergency or
# martial law), 173 arrest, detain, 174 expel or deport individuals,
# 175 repression of dissent, 176 cyber attack.
#
# Notes: legal charges and lawsuits are 115 (11_disapprove.lex); expelled
# diplomats are 161 and expelled peacekeepers / inspectors / aid agencies
# 166x (16_reduce_relations.lex); hostage taking is 181.  Prison sentences
# are coded 173 (imprisonment).

# ---------------------------------------------------------------------------
# 170 Coerce (residual)
# ---------------------------------------------------------------------------

[verb] coerce | force | compel | oblige
  170  * TARGET into _ ; modal=130                      # "coerced villagers into leaving"
  170  * TARGET to flee ; modal=130                     # "forced thousands to flee"
  170  * TARGET to leave ; conf=0.8 modal=130
  170  * TARGET from $HOME ; conf=0.8 modal=130       # "forced families from their homes"

[verb] persecute | oppress | harass | victimize | victimise | hound | subjugate
  170  * TARGET ; modal=130                             # "the regime persecuted the Baha'is"

[noun] persecution | oppression | harassment | victimization | victimisation | subjugation | discrimination | forced labour | forced labor | collective punishment
  170  SOURCE * of TARGET ; modal=130                    # "China's persecution of Uighurs"
  170  * of TARGET by SOURCE ; modal=130
  170  SOURCE * against TARGET ; modal=130
  170  * against TARGET by SOURCE ; modal=130
  170  SOURCE * on TARGET ; conf=0.7 modal=130
  170  * on TARGET by SOURCE ; conf=0.7 modal=130

# ---------------------------------------------------------------------------
# 171 Seize or damage property (1711, 1712)
# ---------------------------------------------------------------------------

[verb] confiscate | expropriate | seize | impound | requisition | commandeer | appropriate | nationalize | nationalise | sequester | sequestrate | loot | plunder | pillage | ransack | raid | steal | take over | grab
  1711 * $ASSETS of TARGET ; modal=130                  # "seized the assets of the oligarchs"
  1711 * $ASSETS TARGET ; modal=130                     # "froze and seized the oligarch's assets"
  1711 * $ASSETS from TARGET ; modal=130                # "seized land from farmers"
  1711 * $ASSETS belonging to TARGET ; modal=130

[verb] confiscate | expropriate | impound | requisition | nationalize | nationalise | sequester | sequestrate | loot | plunder | pillage | ransack
  1711 * TARGET ; modal=130                              # "the state expropriated the company"
  1711 * _ from TARGET ; modal=130                       # "confiscated weapons from armed groups"
  1711 * $ASSETS ; modal=130

[noun] confiscation | expropriation | nationalization | nationalisation | requisition | looting | plunder | pillage | land confiscation | asset seizure | sequestration
  1711 SOURCE * of $ASSETS ; modal=130                    # "Israel's seizure of Palestinian land"
  1711 SOURCE * of $ASSETS TARGET ; modal=130
  1711 SOURCE * of TARGET ; conf=0.7 modal=130
  1711 * of TARGET by SOURCE ; conf=0.7 modal=130

[noun] seizure | land grab
  1711 SOURCE * of $ASSETS ; modal=130                    # "the seizure of Palestinian farmland"
  1711 SOURCE * of $ASSETS TARGET ; modal=130

[verb] destroy | demolish | raze | bulldoze | level | flatten | torch | burn | burn down | set fire | set on fire | set alight | firebomb | vandalize | vandalise | sabotage | blow up | damage | wreck | desecrate | deface | smash | gut
  1712 * $BUILDING of TARGET ; modal=130                 # "razed the houses of militants"
  1712 * $BUILDING TARGET ; modal=130                    # "bulldozed the family's house"
  1712 * $BUILDING ; conf=0.8 modal=130                # "torched the mosque"

[verb] demolish | raze | bulldoze | vandalize | vandalise | sabotage | desecrate | deface
  1712 * TARGET ; conf=0.8 modal=130                   # "vandalized the embassy"

[verb] set fire | set alight
  1712 * to $BUILDING ; modal=130                        # "set fire to the church"
  1712 * to $BUILDING TARGET ; modal=130

[noun] demolition | destruction | razing | bulldozing | vandalism | sabotage | arson | desecration | torching | burning | house demolition | home demolition | punitive demolition
  1712 SOURCE * of $BUILDING ; modal=130                  # "Israel's demolition of Palestinian homes"
  1712 SOURCE * of $BUILDING TARGET ; modal=130
  1712 SOURCE * of TARGET ; conf=0.7 modal=130
  1712 * of TARGET by SOURCE ; conf=0.7 modal=130

# ---------------------------------------------------------------------------
# 172 Administrative sanctions (1721-1724)
# ---------------------------------------------------------------------------

[verb] impose | introduce | place | slap | enforce | tighten | extend | expand | adopt
  172  * $RESTRICTIONS on TARGET ; modal=132              # "imposed restrictions on NGOs"
  172  * $RESTRICTIONS against TARGET ; modal=132
  1721 * $RESTRICTIONS on $FREEDOMS ; modal=1321          # "imposed restrictions on the press"
  1721 * $CENSORSHIP on TARGET ; modal=1321
  1721 * $CENSORSHIP ; modal=1321
  1723 * $CURFEW on TARGET ; modal=1323                    # "imposed a curfew on the town"
  1723 * $CURFEW in TARGET ; conf=0.8 modal=1323
  1723 * $CURFEW ; modal=1323
  1724 * $EMERGENCY in TARGET ; conf=0.8 modal=1324      # "imposed martial law in the province"
  1724 * state of emergency in TARGET ; conf=0.8 modal=1324   # "in" under "emergency"
  1724 * state of siege in TARGET ; conf=0.8 modal=1324
  1724 * $EMERGENCY on TARGET ; modal=1324
  1724 * $EMERGENCY ; modal=1324
  1722 * ban on $PARTY ; modal=1322                        # "imposed a ban on the party"
  1722 * ban on TARGET ; conf=0.7 modal=1322
  1721 * ban on $FREEDOMS ; modal=1321                     # "imposed a ban on protests"
  1721 * ban on $PROTEST ; modal=1321

[verb] declare | proclaim | announce | order | invoke | reimpose | re-impose
  1723 * $CURFEW in TARGET ; conf=0.8 modal=1323         # "declared a curfew in Baghdad"
  1723 * $CURFEW on TARGET ; modal=1323
  1723 * $CURFEW ; modal=1323
  1724 * $EMERGENCY in TARGET ; conf=0.8 modal=1324      # "declared a state of emergency in ..."
  1724 * $EMERGENCY ; modal=1324
  1724 * $EMERGENCY across _ ; modal=1324
  1724 * $EMERGENCY over _ ; conf=0.8 modal=1324

[noun] curfew | night curfew | round-the-clock curfew | 24-hour curfew
  1723 SOURCE * on TARGET ; modal=1323
  1723 * on TARGET by SOURCE ; modal=1323
  1723 SOURCE * in TARGET ; conf=0.7 modal=1323

[noun] state of emergency | emergency rule | martial law | state of siege | emergency decree | emergency law
  1724 SOURCE * in TARGET ; conf=0.7 modal=1324
  1724 SOURCE * on TARGET ; conf=0.8 modal=1324
  1724 * on TARGET by SOURCE ; conf=0.8 modal=1324

[verb] ban | outlaw | proscribe | prohibit | dissolve | disband | deregister | de-register | suspend | blacklist | designate
  1722 * $PARTY ; modal=1322                               # "the court banned the opposition party"
  1722 * $PARTY TARGET ; modal=1322                        # "banned Erdogan's party"
  1722 * TARGET as $TERROR_LABEL ; conf=0.8 modal=1322   # "designated the group a terrorist organization"
  1722 * TARGET $TERROR_LABEL ; conf=0.8 modal=1322

[verb] ban | outlaw | proscribe | dissolve | disband
  1722 * TARGET ; conf=0.6 modal=1322                    # "banned the Muslim Brotherhood"

[verb] bar | ban | disqualify | exclude | prevent | block | prohibit | strip
  1722 * TARGET from $ELECTIONS ; modal=1322               # "barred the opposition leader from the election"
  1722 * TARGET from running ; modal=1322                  # "banned him from running for office"
  1722 * TARGET from standing ; modal=1322
  1722 * TARGET from contesting ; modal=1322
  1722 * TARGET from politics ; modal=1322
  1722 * TARGET from office ; modal=1322
  1722 * TARGET from holding office ; modal=1322
  1722 * TARGET of immunity ; conf=0.7 modal=1322        # "stripped the MP of parliamentary immunity"
  172  * TARGET from travel ; conf=0.8 modal=132        # "banned activists from traveling"
  172  * TARGET from traveling ; conf=0.8 modal=132
  172  * TARGET from travelling ; conf=0.8 modal=132
  172  * TARGET from leaving ; conf=0.8 modal=132

[verb] disqualify | unseat
  1722 * TARGET ; conf=0.8 modal=1322                     # "the commission disqualified the candidate"

[verb] ban | outlaw | prohibit | forbid | restrict | curb | limit | suppress | censor | muzzle | gag | silence | shut down | close | close down | shutter | block | throttle | jam | suspend | revoke | switch off | cut off
  1721 * $FREEDOMS ; modal=1321                             # "banned demonstrations", "censored the press"
  1721 * $FREEDOMS of TARGET ; modal=1321                   # "curbed the freedom of the press"
  1721 * $MEDIA_OUTLET ; modal=1321                         # "shut down the opposition newspaper"
  1721 * $MEDIA_OUTLET of TARGET ; modal=1321
  1721 * $MEDIA_OUTLET TARGET ; modal=1321                  # "closed Al Jazeera's bureau"
  1721 * access to $FREEDOMS ; modal=1321                   # "blocked access to social media"
  1721 * license of TARGET ; conf=0.8 modal=1321          # "revoked the license of the broadcaster"
  1721 * accreditation of TARGET ; modal=1321
  1721 * accreditation TARGET ; modal=1321

[noun] censorship | media ban | press ban | internet shutdown | internet blackout | news blackout | media blackout | protest ban | gag order | travel ban
  1721 SOURCE * of $FREEDOMS ; modal=1321                  # "the government's closure of the newspaper"
  1721 SOURCE * of $MEDIA_OUTLET ; modal=1321
  1721 SOURCE * on $FREEDOMS ; modal=1321
  1721 SOURCE * on TARGET ; conf=0.7 modal=1321
  1721 * on TARGET by SOURCE ; conf=0.7 modal=1321

[noun] ban | prohibition | proscription | dissolution | outlawing
  1722 SOURCE * on $PARTY ; modal=1322                      # "the ban on the Muslim Brotherhood"
  1722 SOURCE * of $PARTY ; modal=1322
  1721 SOURCE * on $FREEDOMS ; modal=1321                   # "a ban on demonstrations"

[noun] restriction | curb | limitation | constraint | restrictive measure
  1721 SOURCE * on $FREEDOMS ; modal=1321                   # "restrictions on the media"
  172  SOURCE * on TARGET ; conf=0.7 modal=132           # "Chinese restrictions on foreign NGOs"
  172  * on TARGET by SOURCE ; conf=0.7 modal=132
  172  SOURCE * against TARGET ; modal=132
  172  * against TARGET by SOURCE ; modal=132

# ---------------------------------------------------------------------------
# 173 Arrest, detain
# ---------------------------------------------------------------------------

[verb] arrest | detain | jail | imprison | incarcerate | lock up | round up | apprehend | nab | seize | capture | intern | remand | rearrest | re-arrest | hold | take into custody | put behind bars | throw in jail | throw in prison | send to prison | send to jail | pick up | haul in | bust | collar
  173  * TARGET in custody ; modal=137                    # "held the suspects in custody"
  173  * TARGET in detention ; modal=137
  173  * TARGET without charge ; modal=137
  173  * TARGET without trial ; modal=137
  173  * TARGET incommunicado ; modal=137
  173  * TARGET in prison ; modal=137
  173  * TARGET in jail ; modal=137

[verb] arrest | detain | jail | imprison | incarcerate | lock up | round up | apprehend | intern | remand | rearrest | re-arrest | take into custody | put behind bars | throw in jail | throw in prison | send to prison | send to jail | haul in | bust | collar | nab
  173  * TARGET ; modal=137                               # "police arrested the opposition leader"
  173  * TARGET for _ ; modal=137
  173  * TARGET on _ ; conf=0.9 modal=137              # "detained him on charges of ..."
  173  * TARGET over _ ; modal=137

[verb] capture | seize | pick up | catch
  # People captured by security forces: 173 unless held as hostages (181).
  173  * TARGET ; conf=0.6 modal=137                   # "troops captured a militant leader"

[verb] sentence | condemn | imprison | jail | convict
  173  * TARGET to $PRISON_TERM ; modal=137              # "sentenced the activist to ten years"
  173  * TARGET to death ; modal=137                      # "condemned him to death"
  173  * TARGET to _ in prison ; modal=137

[verb] order | issue
  173  * $ARREST_N of TARGET ; modal=137                 # "ordered the arrest of the former president"
  173  * $ARREST_WARRANT for TARGET ; modal=137           # "issued an arrest warrant for Netanyahu"
  173  * $ARREST_WARRANT against TARGET ; modal=137

[noun] arrest | detention | imprisonment | incarceration | internment | custody | jailing | roundup | round-up | mass arrest | administrative detention | arbitrary detention | preventive detention | house arrest | sentencing | prison sentence | jail sentence | jail term | prison term | death sentence
  173  SOURCE * of TARGET ; modal=137                     # "Iran's arrest of a British citizen"
  173  * of TARGET by SOURCE ; modal=137
  173  SOURCE * against TARGET ; conf=0.7 modal=137
  173  * against TARGET by SOURCE ; conf=0.7 modal=137

[noun] arrest warrant | warrant | detention order
  173  SOURCE * for TARGET ; modal=137                    # "the ICC's arrest warrant for Putin"
  173  SOURCE * against TARGET ; modal=137
  173  * against TARGET by SOURCE ; modal=137

[verb] place | put | keep
  173  * TARGET under arrest ; modal=137                 # "placed the leader under house arrest"
  173  * TARGET in detention ; modal=137
  173  * TARGET behind bar ; modal=137

# ---------------------------------------------------------------------------
# 174 Expel or deport individuals
# ---------------------------------------------------------------------------

[verb] expel | deport | banish | exile | expatriate | kick out | throw out | eject | order out | refoule | forcibly return
  174  * TARGET from _ ; modal=137                        # "deported the journalist from Russia"
  174  * TARGET to _ ; conf=0.8 modal=137

[verb] expel | deport | banish | exile | kick out | eject | refoule | forcibly return
  174  * TARGET ; modal=137                               # "Russia expelled a BBC correspondent"

[verb] order | tell | give
  174  * TARGET to leave _ ; conf=0.8 modal=137         # "ordered the reporter to leave the country"
  174  * TARGET hour to leave ; conf=0.8 modal=137     # "gave him 48 hours to leave"
  174  * TARGET day to leave ; conf=0.8 modal=137

[noun] expulsion | deportation | banishment | exile | forced return | refoulement | removal order | deportation order | expulsion order
  174  SOURCE * of TARGET ; modal=137                     # "Russia's expulsion of the correspondent"
  174  * of TARGET by SOURCE ; modal=137

[verb] revoke | cancel | withdraw | strip
  174  * $RESIDENCY TARGET ; conf=0.8 modal=137          # "revoked the journalist's visa"
  174  * $RESIDENCY of TARGET ; conf=0.8 modal=137
  174  * TARGET of $RESIDENCY ; conf=0.8 modal=137       # "stripped him of his citizenship"

# ---------------------------------------------------------------------------
# 175 Use repression
# ---------------------------------------------------------------------------

[verb] crack down | clamp down | come down hard
  175  * on TARGET ; modal=137                            # "police cracked down on protesters"
  175  * on $GATHERING ; modal=137
  175  * against TARGET ; modal=137

[verb] repress | suppress | quell | crush | put down | break up | disperse | scatter | stamp out | stifle | smother | squash | snuff out | rout | beat back | repel | clear | storm | raid
  175  * $GATHERING ; modal=137                           # "police dispersed the demonstration"
  175  * $GATHERING TARGET ; modal=137                    # "crushed the Kurds' uprising"
  175  * $GATHERING of TARGET ; modal=137
  175  * $DISSENT ; conf=0.8 modal=137                  # "suppressed dissent"

[verb] repress | suppress | quell | disperse | stifle
  175  * TARGET ; conf=0.8 modal=137                    # "security forces dispersed the protesters"

[verb] fire | use | lob | throw | spray | deploy | unleash
  175  * $CROWD_CONTROL at TARGET ; modal=137             # "police fired tear gas at protesters"
  175  * $CROWD_CONTROL on TARGET ; modal=137
  175  * $CROWD_CONTROL against TARGET ; modal=137
  175  * $CROWD_CONTROL to disperse TARGET ; modal=137
  175  * $CROWD_CONTROL into $GATHERING ; modal=137
  175  * $CROWD_CONTROL ; modal=137

[verb] tear-gas | teargas | baton-charge | water-cannon
  175  * TARGET ; modal=137                               # "police tear-gassed demonstrators"

[noun] crackdown | clampdown | crack-down | repression | suppression | dispersal | violent dispersal | security crackdown | brutal crackdown | bloody crackdown | police crackdown | military crackdown
  175  SOURCE * on TARGET ; modal=137                     # "the government's crackdown on dissent"
  175  * on TARGET by SOURCE ; modal=137
  175  SOURCE * against TARGET ; modal=137
  175  * against TARGET by SOURCE ; modal=137
  175  SOURCE * of TARGET ; modal=137
  175  * of TARGET by SOURCE ; modal=137
  175  SOURCE * of $GATHERING ; modal=137

# ---------------------------------------------------------------------------
# 176 Cyber attack
# ---------------------------------------------------------------------------

[verb] hack | hack into | breach | infiltrate | penetrate | compromise | cyberattack | cyber-attack | deface | take down | knock offline | knock out | disable | shut down | ddos
  176  * $NETWORK of TARGET ; modal=130                   # "hacked the servers of the ministry"
  176  * $NETWORK TARGET ; modal=130                      # "hacked the ministry's email"
  176  * into $NETWORK of TARGET ; modal=130
  176  * into $NETWORK TARGET ; modal=130

[verb] hack | hack into | cyberattack | cyber-attack | ddos
  176  * TARGET ; modal=130                               # "Russian hackers hacked the Pentagon"
  176  * into TARGET ; modal=130

[noun] cyberattack | cyber attack | cyber-attack | cyber assault | cyber strike | cyber operation | cyber offensive | hack | hacking | hacking attack | ddos attack | denial-of-service attack | ransomware attack | malware attack | data breach | cyber intrusion | cyber sabotage | cyber espionage
  176  SOURCE * on TARGET ; modal=130                     # "a Russian cyberattack on Ukraine's grid"
  176  * on TARGET by SOURCE ; modal=130
  176  SOURCE * against TARGET ; modal=130
  176  * against TARGET by SOURCE ; modal=130
  176  SOURCE * of TARGET ; modal=130
  176  * of TARGET by SOURCE ; modal=130
  176  SOURCE * targeting TARGET ; modal=130
  176  SOURCE * into TARGET ; modal=130

# ---------------------------------------------------------------------------
# 171 Seize or damage property (residual)
# ---------------------------------------------------------------------------

[verb] trespass | encroach | intrude
  171  * on $ASSETS ; modal=130                            # "settlers encroached on Palestinian land"
  171  * on $ASSETS TARGET ; modal=130
  171  * upon $ASSETS ; modal=130

[verb] damage | harm | wreck | attack
  171  * $ASSETS of TARGET ; conf=0.8 modal=130          # "damaged the property of Christians"
  171  * $ASSETS TARGET ; conf=0.8 modal=130

[noun] damage | property damage | encroachment | trespass | land encroachment
  171  SOURCE * to $BUILDING ; conf=0.7 modal=130      # "damage to Palestinian homes by settlers"
  171  SOURCE * on $ASSETS ; conf=0.8 modal=130        # "settler encroachment on Palestinian land"
