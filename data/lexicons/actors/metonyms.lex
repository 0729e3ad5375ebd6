# Metonyms: buildings, places and institution names that stand for a
# state's government, legislature, military or intelligence service;
# format: docs/lexicon.md ([actor]).
#
# - Capitals ("Beijing", "Tehran") are NOT listed: the engine maps a capital
#   used as a speaker to the country's government from the country table.
#   ("Brussels" for the EU is therefore left to the engine too.)
# - Generic institutions ("parliament", "senate", "foreign ministry",
#   "defence ministry") are role nouns in agents.lex and take their country
#   from a modifier.  Only proper names are here.
# - Single words that are also common nouns are listed only in an
#   unambiguous form ("Japan's Diet", never bare "Diet").
# - A possessive before an actor does not change the actor's country, so
#   other countries' "Congress" are listed as their own names below.

# ---------------------------------------------------------------------------
# United States
# ---------------------------------------------------------------------------

[actor] the White House | White House | West Wing | Oval Office
  role: USA GOV

[actor] the Pentagon | Pentagon
  # the Department of Defense: USA MIL (docs/lexicon.md, seed article)
  role: USA MIL

[actor] State Department | the State Department | US State Department | U.S. State Department | Department of State | Foggy Bottom
  role: USA GOV

[actor] Congress | US Congress | U.S. Congress | United States Congress | American Congress | Congress of the United States
  # US usage; India's Congress party and other countries' congresses are
  # longer entries (groups.lex, below)
  role: USA LEG

[actor] Capitol Hill | the Capitol | US Capitol | U.S. Capitol
  role: USA LEG

[actor] US Senate | U.S. Senate | United States Senate | US House of Representatives | U.S. House of Representatives | US House | U.S. House
  role: USA LEG

[actor] US Supreme Court | U.S. Supreme Court | United States Supreme Court
  role: USA JUD

[actor] Wall Street
  # the US financial industry
  role: USA BUS

# ---------------------------------------------------------------------------
# United Kingdom and Ireland
# ---------------------------------------------------------------------------

[actor] Downing Street | 10 Downing Street | No 10 Downing Street
  role: GBR GOV

[actor] Whitehall
  role: GBR GOV

[actor] Westminster | Palace of Westminster | Houses of Parliament | British parliament | UK parliament
  role: GBR LEG

[actor] House of Commons | British House of Commons | House of Lords
  # Canada's House of Commons is named with the country (below)
  role: GBR LEG

[actor] Foreign, Commonwealth and Development Office | FCDO | Foreign and Commonwealth Office | FCO | British Foreign Office
  role: GBR GOV

[actor] Scotland Yard | New Scotland Yard
  role: GBR COP

[actor] Buckingham Palace
  # the monarch's household
  role: GBR GOV

[actor] Holyrood | Scottish Parliament
  role: GBR LEG

[actor] Stormont | Northern Ireland Assembly
  role: GBR LEG

[actor] Senedd | Welsh Parliament
  role: GBR LEG

[actor] Dail | Dáil | Dail Eireann | Dáil Éireann | Oireachtas | Seanad
  role: IRL LEG

# ---------------------------------------------------------------------------
# Russia and the former Soviet space
# ---------------------------------------------------------------------------

[actor] the Kremlin | Kremlin
  role: RUS GOV

[actor] State Duma | Duma | Russian Duma | Russia's Duma
  role: RUS LEG

[actor] Federation Council | Russia's Federation Council
  role: RUS LEG

[actor] Federal Security Service | FSB | Russia's Federal Security Service | Russian Federal Security Service | Lubyanka
  role: RUS SPY

[actor] KGB
  # the Soviet service, in Russian news the FSB's predecessor
  role: RUS SPY

[actor] Soviet Union | USSR | Union of Soviet Socialist Republics
  # the historical state, coded as its continuator Russia (ISO 3166 has no
  # current code for it); without this entry "Union" would match the role
  # noun "union" (LAB)
  role: RUS

[actor] Spetsnaz
  role: RUS MIL

[actor] Black Sea Fleet | Russia's Black Sea Fleet | Northern Fleet | Baltic Fleet
  role: RUS MIL

[actor] Bankova
  # the street of Ukraine's presidential office
  role: UKR GOV

[actor] Akorda
  # Kazakhstan's presidential palace
  role: KAZ GOV

# ---------------------------------------------------------------------------
# Europe
# ---------------------------------------------------------------------------

[actor] the Elysee | Elysee | Élysée | Elysee Palace | Élysée Palace
  role: FRA GOV

[actor] Quai d'Orsay
  role: FRA GOV

[actor] Matignon | Hotel Matignon | Hôtel Matignon
  role: FRA GOV

[actor] French National Assembly | France's National Assembly | Assemblee Nationale | Assemblée nationale
  role: FRA LEG

[actor] Bundestag | German Bundestag
  role: DEU LEG

[actor] Bundesrat
  role: DEU LEG

[actor] Bendlerblock
  role: DEU MIL

[actor] Palazzo Chigi
  role: ITA GOV

[actor] Quirinale | Quirinal Palace
  role: ITA GOV

[actor] Moncloa | Moncloa Palace
  role: ESP GOV

[actor] Congress of Deputies | Spain's Congress | Spanish Congress | Cortes | Cortes Generales
  role: ESP LEG

[actor] Binnenhof
  role: NLD GOV

[actor] Storting | Stortinget
  role: NOR LEG

[actor] Riksdag
  role: SWE LEG

[actor] Folketing | Folketinget
  role: DNK LEG

[actor] Eduskunta
  role: FIN LEG

[actor] Sejm | Polish Sejm
  role: POL LEG

[actor] Hungarian National Assembly | Orszaggyules | Országgyűlés
  role: HUN LEG

[actor] Grand National Assembly of Turkey | Turkish Grand National Assembly | Grand National Assembly | TBMM | Turkish parliament
  role: TUR LEG

[actor] Berlaymont
  # the European Commission's headquarters
  role: - +EEC IGO

# ---------------------------------------------------------------------------
# Middle East
# ---------------------------------------------------------------------------

[actor] Knesset | Israeli Knesset | Israel's Knesset
  role: ISR LEG

[actor] Israel Defense Forces | IDF | Israel Defence Forces | Israeli Defense Forces | Israeli Defence Forces | Tsahal | Zahal
  role: ISR MIL

[actor] Shin Bet | Shabak | Israel Security Agency | Shin Beth
  role: ISR SPY

[actor] the Kirya | Kirya | HaKirya
  # Israel's defence headquarters in Tel Aviv
  role: ISR MIL

[actor] Majlis | Iran's Majlis | Iranian Majlis | Islamic Consultative Assembly | Iranian parliament
  role: IRN LEG

[actor] Artesh
  # Iran's regular army (as opposed to the IRGC)
  role: IRN MIL

[actor] Mukataa | Muqataa | Muqata'a
  # the Palestinian Authority's headquarters in Ramallah
  role: PSE GOV

[actor] Baabda Palace | Baabda
  # Lebanon's presidential palace
  role: LBN GOV

[actor] Grand Serail
  # seat of Lebanon's prime minister
  role: LBN GOV

[actor] Lebanese Armed Forces | Lebanese army | LAF
  role: LBN MIL

[actor] Syrian Arab Army
  role: SYR MIL

[actor] Council of Representatives of Iraq | Iraqi Council of Representatives | Iraq's Council of Representatives
  role: IRQ LEG

[actor] Carthage Palace
  role: TUN GOV

# ---------------------------------------------------------------------------
# Asia and the Pacific
# ---------------------------------------------------------------------------

[actor] Zhongnanhai
  role: CHN GOV

[actor] Blue House | Cheong Wa Dae | Chong Wa Dae
  # South Korea's presidential office until May 2022
  role: KOR GOV ..2022-05-09
  role: KOR

[actor] Yongsan presidential office | presidential office in Yongsan
  role: KOR GOV 2022-05-10..
  role: KOR

[actor] Kantei | Japan's Diet | Japanese Diet | National Diet | Japanese parliament | House of Councillors
  # bare "Diet" left out (a common noun); Kantei is the PM's residence
  role: JPN GOV

[actor] South Block | Raisina Hill
  # India's PMO and ministries of defence and external affairs
  role: IND GOV

[actor] Ministry of External Affairs | India's Ministry of External Affairs | MEA
  role: IND GOV

[actor] Lok Sabha | Rajya Sabha | Indian parliament | Sansad
  role: IND LEG

[actor] Jatiya Sangsad
  role: BGD LEG

[actor] Tatmadaw | Myanmar military | Myanmar army | Burmese military
  role: MMR MIL

[actor] Hluttaw | Pyidaungsu Hluttaw
  role: MMR LEG

[actor] Malacanang | Malacañang | Malacanang Palace | Malacañang Palace
  role: PHL GOV

[actor] Philippine Congress | Congress of the Philippines
  role: PHL LEG

[actor] Dewan Rakyat
  role: MYS LEG

[actor] Supreme People's Assembly
  role: PRK LEG

[actor] Loya Jirga
  role: AFG

[actor] Afghan National Army | Afghan National Security Forces | ANA | ANSF
  # the pre-2021 republic's forces
  role: AFG MIL ..2021-08-15
  role: AFG

[actor] Parliament House in Canberra | Australian parliament
  role: AUS LEG

# ---------------------------------------------------------------------------
# The Americas
# ---------------------------------------------------------------------------

[actor] Parliament Hill | Canadian parliament | Canada's House of Commons | Canadian House of Commons
  role: CAN LEG

[actor] Los Pinos
  # Mexico's presidential residence until 2018
  role: MEX GOV ..2018-11-30
  role: MEX

[actor] Mexican Congress | Mexico's Congress | Congress of Mexico | Congress of the Union
  role: MEX LEG

[actor] Miraflores Palace | Miraflores
  role: VEN GOV

[actor] Venezuelan National Assembly | Venezuela's National Assembly
  role: VEN LEG

[actor] Casa Rosada
  role: ARG GOV

[actor] Argentine Congress | Argentina's Congress | Congress of Argentina
  role: ARG LEG

[actor] Planalto | Planalto Palace | Palácio do Planalto
  role: BRA GOV

[actor] Brazilian Congress | Brazil's Congress | National Congress of Brazil
  role: BRA LEG

[actor] Peruvian Congress | Peru's Congress | Congress of Peru
  role: PER LEG

[actor] Colombian Congress | Colombia's Congress | Congress of Colombia
  role: COL LEG

[actor] Chilean Congress | Chile's Congress | National Congress of Chile
  role: CHL LEG

[actor] Guatemalan Congress | Guatemala's Congress | Congress of Guatemala
  role: GTM LEG

[actor] Honduran Congress | Honduras' Congress | National Congress of Honduras
  role: HND LEG

[actor] Paraguayan Congress | Paraguay's Congress
  role: PRY LEG

[actor] Ecuador's National Assembly | Ecuadorean National Assembly | Ecuadorian National Assembly
  role: ECU LEG

[actor] Palacio de la Moneda | La Moneda
  role: CHL GOV

# ---------------------------------------------------------------------------
# Africa
# ---------------------------------------------------------------------------

[actor] Aso Rock | Aso Rock Villa | Aso Villa
  role: NGA GOV

[actor] Union Buildings
  role: ZAF GOV

[actor] State House Nairobi | Kenya's State House
  role: KEN GOV

[actor] Armed Forces of the Democratic Republic of the Congo | FARDC | Congolese army
  role: COD MIL

[actor] Ethiopian National Defense Force | Ethiopian National Defence Force | ENDF
  role: ETH MIL
