# Corrections to the generated country table (data/generated/countries.lex,
# built from Debian iso-codes and npm world-countries by
# `khaldun lexicon build-countries`).  Same syntax as [country] entries:
# values are added to the generated entry of the same code; `drop:` removes
# generated values.  See docs/lexicon.md.
#
# No "the X" people forms ("the British", "the Chinese"): the trie's longest
# match would take "the British" out of "the British government" and make it
# a civilian actor; "the British" alone is the country by its adjective.

[country] USA
  name: US | U.S. | U.S.A. | America | United States
  adjective: US | U.S. | American
  people: Americans
  capital: Washington

[country] GBR
  name: UK | U.K. | Britain | Great Britain | United Kingdom | Northern Ireland
  adjective: British | UK | U.K.
  people: Britons | Brits

[country] RUS
  name: Russia
  adjective: Russian
  people: Russians

[country] IRN
  name: Iran | Persia
  adjective: Iranian
  people: Iranians

[country] SYR
  name: Syria
  adjective: Syrian
  people: Syrians

[country] KOR
  name: South Korea | S. Korea | ROK
  adjective: South Korean
  people: South Koreans

[country] PRK
  name: North Korea | N. Korea | DPRK
  adjective: North Korean
  people: North Koreans

[country] PSE
  name: Palestine | Palestinian territories | Palestinian Territories | occupied Palestinian territories | Gaza | Gaza Strip | the Gaza Strip | West Bank | the West Bank | Jericho
  adjective: Palestinian
  people: Palestinians
  drop: the State of Palestine

[country] XKX
  name: Kosovo
  adjective: Kosovar | Kosovan
  people: Kosovars | Kosovans

[country] TWN
  name: Taiwan
  adjective: Taiwanese

# "Congo" and "Congolese" in news mostly mean the Democratic Republic of the
# Congo; the Republic of the Congo is named in full or as Congo-Brazzaville.
[country] COD
  name: Congo | DR Congo | DRC | Democratic Republic of Congo | Congo-Kinshasa
  adjective: Congolese
  people: Congolese
[country] COG
  name: Republic of Congo | Republic of the Congo | Congo-Brazzaville | Congo Republic
  drop: Congo | Congolese

[country] CIV
  name: Ivory Coast | Cote d'Ivoire | Côte d'Ivoire
  adjective: Ivorian
  people: Ivorians

[country] MMR
  name: Myanmar | Burma
  adjective: Burmese | Myanmar
  people: Burmese

[country] CZE
  name: Czechia | Czech Republic
  adjective: Czech
  people: Czechs

[country] TUR
  name: Turkey | Türkiye | Turkiye
  adjective: Turkish
  people: Turks

[country] NLD
  name: Netherlands | the Netherlands | Holland
  adjective: Dutch
  people: Dutchmen

[country] CHN
  name: China | PRC | People's Republic of China | mainland China
  adjective: Chinese

[country] FRA
  adjective: French
  people: Frenchmen

[country] DEU
  name: Germany
  adjective: German
  people: Germans

[country] ISR
  name: Israel | Tel Aviv        # Tel Aviv: the city, and the seat of most embassies and the defence ministry
  adjective: Israeli
  people: Israelis

[country] IRQ
  name: Iraq
  adjective: Iraqi
  people: Iraqis

[country] SAU
  name: Saudi Arabia | Saudi | KSA
  adjective: Saudi | Saudi Arabian
  people: Saudis

[country] ARE
  name: United Arab Emirates | UAE | U.A.E. | the Emirates
  adjective: Emirati
  people: Emiratis

[country] AFG
  adjective: Afghan
  people: Afghans

[country] PHL
  adjective: Filipino | Philippine
  people: Filipinos

[country] VAT
  name: Vatican | Holy See | the Vatican

[country] SWZ
  name: Eswatini | Swaziland

[country] MKD
  name: North Macedonia | Macedonia

[country] CPV
  name: Cape Verde | Cabo Verde

[country] TLS
  name: East Timor | Timor-Leste

[country] SSD
  name: South Sudan
  adjective: South Sudanese

[country] SDN
  name: Darfur                   # region, as "the West Bank" is PSE: "Darfur rebels" -> SDN REB
  adjective: Sudanese
  people: Sudanese

[country] YEM
  adjective: Yemeni
  people: Yemenis

[country] LBN
  adjective: Lebanese
  people: Lebanese

[country] JPN
  adjective: Japanese

[country] ESP
  adjective: Spanish
  people: Spaniards

[country] POL
  adjective: Polish
  people: Poles

[country] SWE
  adjective: Swedish
  people: Swedes

[country] DNK
  adjective: Danish
  people: Danes

[country] FIN
  adjective: Finnish
  people: Finns

[country] IRL
  adjective: Irish

[country] CHE
  adjective: Swiss

# Territories whose generated demonym is their sovereign's: the sovereign
# keeps it ("American diplomats" are USA, not the Northern Mariana Islands).
[country] MNP
  drop: American | Americans
[country] BES
  drop: Dutch
[country] ATF
  drop: French
[country] IOT
  drop: Indian | Indians
[country] SJM
  drop: Norwegian | Norwegians
# "Dominican" in news is the Dominican Republic far more often than Dominica.
[country] DMA
  drop: Dominican | Dominicans

# Historical names still met in archives and in the CAMEO manual's examples.
# ISO 3166 has no codes for the dissolved states; the successor state that
# CAMEO-based datasets use for continuity takes the name: the Soviet Union
# -> RUS, Yugoslavia (and Serbia and Montenegro) -> SRB, Zaire -> COD,
# Kampuchea -> KHM, Czechoslovakia -> CZE (its capital, Prague, is CZE's).
# West/East Germany are in the generated DEU entry.
[country] CZE
  name: Czechoslovakia
  adjective: Czechoslovak | Czechoslovakian
  people: Czechoslovaks

[country] RUS
  name: USSR | U.S.S.R. | Soviet Union | the Soviet Union
  adjective: Soviet
  people: Soviets

[country] SRB
  name: Serbia | Yugoslavia | Federal Republic of Yugoslavia | Serbia and Montenegro
  adjective: Serbian | Serb | Yugoslav
  people: Serbians | Serbs

[country] HRV
  adjective: Croatian | Croat
  people: Croatians | Croats

[country] COD
  name: Zaire
  adjective: Zairean | Zairian
  people: Zaireans | Zairians

[country] KHM
  name: Cambodia | Kampuchea
  adjective: Cambodian | Kampuchean
  people: Cambodians | Kampucheans

# Communities named with their state's place ("Bosnian Serb forces" are
# Bosnia's, not Serbia's; "Kosovo Albanians" live in Kosovo).
[country] BIH
  adjective: Bosnian Serb | Bosnian Croat | Bosnian Muslim
  people: Bosnian Serbs | Bosnian Croats | Bosnian Muslims

[country] XKX
  people: Kosovo Albanians | Kosovar Albanians | Kosovo Serbs

# "Island" is Iceland's own name, and a common English word ("the island").
[country] ISL
  drop: Island
