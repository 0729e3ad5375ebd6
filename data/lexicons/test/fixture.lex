# Fixture lexicon for the lexicon engine's unit tests (src/lexicon/*_test.cc).
# Not part of the default lexicons (data/lexicons/test/ is skipped).

[country] IRQ
  name: Iraq | Republic of Iraq
  adjective: Iraqi
  people: Iraqis
  capital: Baghdad

[country] USA
  name: United States | US | U.S. | America
  adjective: American | US | U.S.
  people: Americans
  capital: Washington

[country] PSE
  name: Palestine | Gaza
  adjective: Palestinian
  people: Palestinians

[actor] Mohammed Shia al-Sudani | al-Sudani | Sudani
  role: IRQ GOV 2022-10-27..
  role: IRQ

[actor] Nouri al-Maliki | Nuri al-Maliki | al-Maliki | Maliki
  role: IRQ GOV 2006-05-20..2014-09-08   # Prime Minister
  role: IRQ

[actor] Hamas | Islamic Resistance Movement
  role: PSE +HMS UAF

[actor] the Pentagon | Pentagon
  role: USA MIL

[actor] Islamic State | IS | ISIS
  role: - +ISI UAF

[agent] prime minister | premier | PM
  types: GOV
  person: yes
[agent] troops | soldier | army | force | security forces
  types: MIL
[agent] coalition
  types: MIL
[agent] fighter | militant
  types: UAF

[synset] $CEASEFIRE
  ceasefire | truce | armistice | cease-fire
[synset] $WITHDRAWAL
  withdrawal | exit | departure | pull-out
[synset] $PLAN
  plan | intention
[synset] $PEACE
  $CEASEFIRE | peace deal

[verb] condemn | denounce
  111  * TARGET

[verb] call
  106  * for $WITHDRAWAL of TARGET
  1056 * for $CEASEFIRE
  020  * on TARGET to _

[verb] have
  0356 * $PLAN to $WITHDRAWAL TARGET ; neg=1246

[noun] strike | air strike
  190  SOURCE * on TARGET

[discard] sports
  phrase: scored a goal | Premier League
  lemma: striker
