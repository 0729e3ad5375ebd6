# Heads of state and heads of government of the 193 UN member states
# (plus Palestine and the EU's two presidents at the end), as known to the
# author; format: docs/lexicon.md ([actor] entries).
#
# Conventions
# - One comment line per country, countries in alphabetical order of ISO3.
# - Heads of state (including monarchs and ceremonial presidents) and heads
#   of government are GOV.  Military rulers (junta leaders) are GOV MIL.
# - A person has ONE block (in this file if he or she is in office now); a
#   leader who held the office before, or another office, gets several dated
#   role lines.  Former leaders who are no longer in office are in
#   predecessors.lex; foreign and defence ministers in ministers.lex.
# - Ranges are inclusive.  Between two different people, the range of the
#   outgoing leader ends on the day the successor took office (both were
#   "the leader" that day); inside one block consecutive ranges never touch.
# - A role line without a range is the fallback: the bare country (no type),
#   i.e. the person before or after office.
# - Surnames are given alone only when they are distinctive in news text; no
#   bare "Lee", "Kim", "Khan", "Ali", "Singh", "Sharif", "Aoun", "Hariri"...
#   (the engine can still resolve a short name against a full mention).
# - "# check: as known at <date>": the holder is the latest the author knows
#   of; an election or a change was due or reported around that time.
# - "# date uncertain": best known date, the exact day may be off.
# Commonwealth realms: the head of state is King Charles III (see GBR); only
# the prime minister is listed under the realm.

# AFG — Afghanistan (Taliban "Islamic Emirate", in power since 2021-08-15)
[actor] Hibatullah Akhundzada | Haibatullah Akhundzada | Hebatullah Akhundzada | Akhundzada | Mawlawi Hibatullah
  note: Supreme leader of the Taliban (since 2016-05-25), head of the Taliban government
  gender: m
  role: AFG +TAL GOV 2021-08-15..
  role: AFG +TAL

[actor] Mohammad Hasan Akhund | Mullah Mohammad Hassan Akhund | Mohammad Hassan Akhund | Hasan Akhund
  note: Acting prime minister of the Taliban government
  gender: m
  role: AFG +TAL GOV 2021-09-07..
  role: AFG +TAL

# AGO — Angola
[actor] João Lourenço | Joao Lourenco | João Manuel Gonçalves Lourenço
  note: President of Angola
  gender: m
  role: AGO GOV 2017-09-26..
  role: AGO

# ALB — Albania
[actor] Bajram Begaj
  note: President of Albania
  gender: m
  role: ALB GOV 2022-07-24..
  role: ALB

[actor] Edi Rama
  note: Prime Minister of Albania
  gender: m
  role: ALB GOV 2013-09-15..
  role: ALB

# AND — Andorra (co-princes: the President of France, see Macron, and the Bishop of Urgell)
[actor] Josep-Lluís Serrano Pentinat | Josep-Lluis Serrano Pentinat | Josep Lluís Serrano | Serrano Pentinat
  note: Bishop of Urgell and Episcopal Co-Prince of Andorra (coadjutor before; successor of Joan-Enric Vives)   # check: as known at 2025-12
  gender: m
  role: AND GOV 2025-05-31..                # date uncertain
  role: AND

[actor] Xavier Espot Zamora | Xavier Espot
  note: Head of Government of Andorra
  gender: m
  role: AND GOV 2019-05-16..
  role: AND

# ARE — United Arab Emirates
[actor] Mohamed bin Zayed Al Nahyan | Mohamed bin Zayed | Mohammed bin Zayed | Mohammed bin Zayed Al Nahyan | Sheikh Mohamed bin Zayed | Mohamed bin Zayed al-Nahyan | MBZ
  note: President of the UAE and ruler of Abu Dhabi (since 2022-05-14); crown prince of Abu Dhabi and de facto ruler before
  gender: m
  role: ARE GOV 2022-05-14..
  role: ARE GOV 2004-11-03..2022-05-13      # Crown Prince of Abu Dhabi, deputy supreme commander of the armed forces
  role: ARE

[actor] Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid | Mohammed bin Rashid al-Maktoum | Sheikh Mohammed bin Rashid
  note: Vice-President and Prime Minister of the UAE, ruler of Dubai
  gender: m
  role: ARE GOV 2006-01-05..                # date uncertain (became ruler of Dubai on 2006-01-04)
  role: ARE

# ARG — Argentina
[actor] Javier Milei | Milei | Javier Gerardo Milei
  note: President of Argentina
  gender: m
  role: ARG GOV 2023-12-10..
  role: ARG LEG 2021-12-10..2023-12-09      # national deputy
  role: ARG

# ARM — Armenia
[actor] Vahagn Khachaturyan | Vahagn Khachatryan
  note: President of Armenia
  gender: m
  role: ARM GOV 2022-03-13..
  role: ARM

[actor] Nikol Pashinyan | Pashinyan | Nikol Pashinian | Pashinian
  note: Prime Minister of Armenia (caretaker Apr-Aug 2021, reappointed 2021-08-02)
  gender: m
  role: ARM GOV 2018-05-08..
  role: ARM OPP 2012-05-31..2018-05-07      # opposition MP and protest leader; date uncertain
  role: ARM

# ATG — Antigua and Barbuda (realm)
[actor] Gaston Browne
  note: Prime Minister of Antigua and Barbuda
  gender: m
  role: ATG GOV 2014-06-13..
  role: ATG

# AUS — Australia (realm)
# "Albanese" alone is NOT an alias: UN rapporteur Francesca Albanese is often in the news.
[actor] Anthony Albanese | Anthony Norman Albanese
  note: Prime Minister of Australia
  gender: m
  role: AUS GOV 2022-05-23..
  role: AUS OPP 2019-05-30..2022-05-22      # Leader of the Opposition
  role: AUS

# AUT — Austria
[actor] Alexander Van der Bellen | Van der Bellen
  note: Federal President of Austria
  gender: m
  role: AUT GOV 2017-01-26..
  role: AUT

[actor] Christian Stocker
  note: Federal Chancellor of Austria
  gender: m
  role: AUT GOV 2025-03-03..
  role: AUT

# AZE — Azerbaijan
[actor] Ilham Aliyev | Aliyev | Ilham Heydar oglu Aliyev
  note: President of Azerbaijan (his father Heydar Aliyev, president 1993-2003, is given by full name only elsewhere)
  gender: m
  role: AZE GOV 2003-08-04..                # prime minister from 2003-08-04, president from 2003-10-31
  role: AZE

[actor] Ali Asadov
  note: Prime Minister of Azerbaijan
  gender: m
  role: AZE GOV 2019-10-08..
  role: AZE

# BDI — Burundi
[actor] Évariste Ndayishimiye | Evariste Ndayishimiye | Ndayishimiye
  note: President of Burundi
  gender: m
  role: BDI GOV 2020-06-18..
  role: BDI

[actor] Gervais Ndirakobuca
  note: Prime Minister of Burundi   # check: as known at 2025-06; a new government was due after the 2025 legislative elections
  gender: m
  role: BDI GOV 2022-09-07..
  role: BDI

# BEL — Belgium
[actor] King Philippe | Philippe of Belgium | King Philippe of Belgium
  note: King of the Belgians
  gender: m
  role: BEL GOV 2013-07-21..
  role: BEL

[actor] Bart De Wever | De Wever
  note: Prime Minister of Belgium (mayor of Antwerp before)
  gender: m
  role: BEL GOV 2025-02-03..
  role: BEL

# BEN — Benin
[actor] Patrice Talon   # not "Talon" (an English word)
  note: President of Benin   # check: as known at 2025-12; presidential election due April 2026, new term from May 2026
  gender: m
  role: BEN GOV 2016-04-06..
  role: BEN

# BFA — Burkina Faso (military government since the coup of 2022-09-30)
[actor] Ibrahim Traoré | Ibrahim Traore | Captain Ibrahim Traoré | Captain Ibrahim Traore
  note: President of the transition, junta leader
  gender: m
  role: BFA GOV MIL 2022-09-30..
  role: BFA MIL

[actor] Jean Emmanuel Ouédraogo | Rimtalba Jean Emmanuel Ouédraogo | Jean Emmanuel Ouedraogo | Rimtalba Jean Emmanuel Ouedraogo
  note: Prime Minister of Burkina Faso
  gender: m
  role: BFA GOV 2024-12-07..                # date uncertain
  role: BFA

# BGD — Bangladesh
[actor] Mohammed Shahabuddin | Mohammed Shahabuddin Chuppu
  note: President of Bangladesh
  gender: m
  role: BGD GOV 2023-04-24..
  role: BGD

[actor] Muhammad Yunus | Mohammad Yunus
  note: Chief Adviser of the interim government (head of government)   # check: as known at 2025-12; parliamentary elections were due in February 2026
  gender: m
  role: BGD GOV 2024-08-08..
  role: BGD

# BGR — Bulgaria
[actor] Rumen Radev | Radev
  note: President of Bulgaria   # check: as known at 2025-12
  gender: m
  role: BGR GOV 2017-01-22..
  role: BGR

[actor] Rosen Zhelyazkov | Rossen Jeliazkov | Zhelyazkov
  note: Prime Minister of Bulgaria   # check: as known at 2025-12; his government faced mass protests in December 2025
  gender: m
  role: BGR GOV 2025-01-16..
  role: BGR

# BHR — Bahrain
[actor] Hamad bin Isa Al Khalifa | King Hamad | King Hamad bin Isa Al Khalifa | Hamad bin Isa al-Khalifa | Sheikh Hamad bin Isa Al Khalifa
  note: King of Bahrain (emir 1999-03-06, king from 2002-02-14)
  gender: m
  role: BHR GOV 1999-03-06..
  role: BHR

[actor] Salman bin Hamad Al Khalifa | Crown Prince Salman bin Hamad | Salman bin Hamad al-Khalifa | Prince Salman bin Hamad Al Khalifa
  note: Crown Prince and Prime Minister of Bahrain (crown prince since 1999)
  gender: m
  role: BHR GOV 2020-11-11..
  role: BHR GOV 2013-03-11..2020-11-10      # first deputy prime minister; date uncertain
  role: BHR

# BHS — Bahamas (realm)
[actor] Philip Davis | Philip Brave Davis | Brave Davis
  note: Prime Minister of the Bahamas
  gender: m
  role: BHS GOV 2021-09-17..
  role: BHS

# BIH — Bosnia and Herzegovina (three-member presidency since 2022-11-16; chair rotates every 8 months)
[actor] Denis Bećirović | Denis Becirovic
  note: Bosniak member of the Presidency of Bosnia and Herzegovina
  gender: m
  role: BIH GOV 2022-11-16..
  role: BIH

[actor] Željko Komšić | Zeljko Komsic
  note: Croat member of the Presidency of Bosnia and Herzegovina (also 2006-2014)
  gender: m
  role: BIH GOV 2018-11-20..
  role: BIH GOV 2006-11-06..2014-11-17      # date uncertain
  role: BIH

[actor] Željka Cvijanović | Zeljka Cvijanovic
  note: Serb member of the Presidency of Bosnia and Herzegovina
  gender: f
  role: BIH GOV 2022-11-16..
  role: BIH

[actor] Borjana Krišto | Borjana Kristo
  note: Chair of the Council of Ministers of Bosnia and Herzegovina
  gender: f
  role: BIH GOV 2023-01-25..
  role: BIH

# BLR — Belarus
[actor] Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Lukashenko | Lukashenka
  note: President of Belarus
  gender: m
  role: BLR GOV 1994-07-20..
  role: BLR

[actor] Alexander Turchin | Aleksandr Turchin
  note: Prime Minister of Belarus   # date uncertain; appointed after Lukashenko's 2025 inauguration
  gender: m
  role: BLR GOV 2025-03-27..
  role: BLR

# BLZ — Belize (realm)
[actor] Johnny Briceño | Johnny Briceno
  note: Prime Minister of Belize
  gender: m
  role: BLZ GOV 2020-11-12..
  role: BLZ

# BOL — Bolivia
[actor] Rodrigo Paz Pereira | Rodrigo Paz
  note: President of Bolivia   # check: as known at 2025-11 (won the runoff of 2025-10-19)
  gender: m
  role: BOL GOV 2025-11-08..
  role: BOL

# BRA — Brazil
[actor] Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | Lula
  note: President of Brazil (also 2003-2010)
  gender: m
  role: BRA GOV 2023-01-01..
  role: BRA OPP 2016-08-31..2022-12-31      # PT in opposition after Rousseff's removal; in prison 2018-04-07..2019-11-08
  role: BRA GOV 2003-01-01..2010-12-31
  role: BRA OPP ..2002-12-31                # opposition leader and candidate (PT)
  role: BRA

# BRB — Barbados (republic since 2021-11-30)
[actor] Mia Mottley | Mia Amor Mottley | Mottley
  note: Prime Minister of Barbados
  gender: f
  role: BRB GOV 2018-05-25..
  role: BRB

[actor] Sandra Mason | Dame Sandra Mason
  note: First President of Barbados (governor-general 2018-2021)
  gender: f
  role: BRB GOV 2021-11-30..2025-11-30      # date uncertain: term of four years
  role: BRB GOV 2018-01-08..2021-11-29      # governor-general
  role: BRB

[actor] Jeffrey Bostic
  note: President of Barbados   # check: as known at 2025-11 (elected by parliament in 2025)
  gender: m
  role: BRB GOV 2025-11-30..                # date uncertain
  role: BRB

# BRN — Brunei (the sultan is also prime minister)
[actor] Hassanal Bolkiah | Sultan Hassanal Bolkiah | Sultan of Brunei
  note: Sultan and Prime Minister of Brunei
  gender: m
  role: BRN GOV 1967-10-05..
  role: BRN

# BTN — Bhutan
[actor] Jigme Khesar Namgyel Wangchuck | King Jigme Khesar | Jigme Khesar Namgyel Wangchuk
  note: King of Bhutan
  gender: m
  role: BTN GOV 2006-12-09..
  role: BTN

[actor] Tshering Tobgay
  note: Prime Minister of Bhutan (also 2013-2018)
  gender: m
  role: BTN GOV 2024-01-28..
  role: BTN GOV 2013-07-27..2018-08-09      # date uncertain
  role: BTN

# BWA — Botswana
[actor] Duma Boko
  note: President of Botswana
  gender: m
  role: BWA GOV 2024-11-01..
  role: BWA OPP ..2024-10-31                # leader of the opposition UDC
  role: BWA

# CAF — Central African Republic
[actor] Faustin-Archange Touadéra | Faustin-Archange Touadera | Faustin Archange Touadéra | Touadéra | Touadera
  note: President of the Central African Republic (prime minister 2008-2013)   # check: as known at 2025-12, elections held 2025-12-28
  gender: m
  role: CAF GOV 2016-03-30..
  role: CAF GOV 2008-01-22..2013-01-17      # prime minister; date uncertain
  role: CAF

[actor] Félix Moloua | Felix Moloua
  note: Prime Minister of the Central African Republic
  gender: m
  role: CAF GOV 2022-02-07..
  role: CAF

# CAN — Canada (realm; former prime ministers in predecessors.lex)
[actor] Mark Carney | Carney | Mark Joseph Carney
  note: Prime Minister of Canada (Governor of the Bank of Canada 2008-2013 and of the Bank of England 2013-2020)
  gender: m
  role: CAN GOV 2025-03-14..
  role: CAN

# CHE — Switzerland (the seven-member Federal Council is the collective head of state and government; its presidency rotates yearly)
[actor] Karin Keller-Sutter | Keller-Sutter
  note: Federal Councillor (finance); President of the Confederation in 2025
  gender: f
  role: CHE GOV 2019-01-01..
  role: CHE

[actor] Guy Parmelin | Parmelin
  note: Federal Councillor (economy); President of the Confederation in 2021 and 2026
  gender: m
  role: CHE GOV 2016-01-01..
  role: CHE

[actor] Ignazio Cassis | Cassis
  note: Federal Councillor, head of the Federal Department of Foreign Affairs; President of the Confederation in 2022
  gender: m
  role: CHE GOV 2017-11-01..
  role: CHE

[actor] Albert Rösti | Albert Rosti | Albert Roesti
  note: Federal Councillor (environment, transport, energy)
  gender: m
  role: CHE GOV 2023-01-01..
  role: CHE

[actor] Elisabeth Baume-Schneider | Baume-Schneider
  note: Federal Councillor (home affairs)
  gender: f
  role: CHE GOV 2023-01-01..
  role: CHE

[actor] Beat Jans
  note: Federal Councillor (justice and police)
  gender: m
  role: CHE GOV 2024-01-01..
  role: CHE

[actor] Martin Pfister
  note: Federal Councillor, head of the Federal Department of Defence (GOV and MIL, as a defence minister)
  gender: m
  role: CHE GOV MIL 2025-04-01..
  role: CHE

# CHL — Chile
[actor] José Antonio Kast | Jose Antonio Kast | Kast
  note: President of Chile   # check: as known at 2025-12 (won the runoff of 2025-12-14; inauguration 2026-03-11)
  gender: m
  role: CHL GOV 2026-03-11..
  role: CHL OPP 2022-03-11..2026-03-10      # Republican Party leader, opposition to Boric
  role: CHL

[actor] Gabriel Boric | Gabriel Boric Font | Boric
  note: President of Chile 2022-03-11..2026-03-11
  gender: m
  role: CHL GOV 2022-03-11..2026-03-11
  role: CHL

# CHN — China
[actor] Xi Jinping | Xi
  note: General Secretary of the Communist Party (since 2012-11-15), President of China (since 2013-03-14), Vice-President 2008-2013
  gender: m
  role: CHN GOV 2008-03-15..
  role: CHN

[actor] Li Qiang
  note: Premier of the State Council of China
  gender: m
  role: CHN GOV 2023-03-11..
  role: CHN

# CIV — Côte d'Ivoire
[actor] Alassane Ouattara | Ouattara | Alassane Dramane Ouattara
  note: President of Côte d'Ivoire (prime minister 1990-1993)   # re-elected 2025-10-25
  gender: m
  role: CIV GOV 2010-12-04..                # disputed until Gbagbo's arrest on 2011-04-11
  role: CIV GOV 1990-11-07..1993-12-09      # prime minister
  role: CIV

[actor] Robert Beugré Mambé | Robert Beugre Mambe | Beugré Mambé
  note: Prime Minister of Côte d'Ivoire
  gender: m
  role: CIV GOV 2023-10-17..
  role: CIV

# CMR — Cameroon
[actor] Paul Biya | Biya
  note: President of Cameroon (prime minister 1975-1982)   # declared re-elected in October 2025
  gender: m
  role: CMR GOV 1975-06-30..
  role: CMR

[actor] Joseph Dion Ngute | Dion Ngute
  note: Prime Minister of Cameroon
  gender: m
  role: CMR GOV 2019-01-04..
  role: CMR

# COD — Democratic Republic of the Congo
[actor] Félix Tshisekedi | Felix Tshisekedi | Félix Antoine Tshisekedi Tshilombo | Tshisekedi
  note: President of the DR Congo (his father Étienne Tshisekedi, opposition leader, died 2017)
  gender: m
  role: COD GOV 2019-01-24..
  role: COD OPP 2017-03-31..2019-01-23      # UDPS leader; date uncertain
  role: COD

[actor] Judith Suminwa | Judith Suminwa Tuluka | Suminwa
  note: Prime Minister of the DR Congo
  gender: f
  role: COD GOV 2024-04-01..                # appointed 2024-04-01, government sworn in June 2024
  role: COD

# COG — Republic of the Congo
[actor] Denis Sassou Nguesso | Denis Sassou-Nguesso | Sassou Nguesso | Sassou-Nguesso
  note: President of the Republic of the Congo (also 1979-1992)
  gender: m
  role: COG GOV 1997-10-25..
  role: COG GOV 1979-02-08..1992-08-31      # date uncertain
  role: COG

[actor] Anatole Collinet Makosso | Collinet Makosso
  note: Prime Minister of the Republic of the Congo
  gender: m
  role: COG GOV 2021-05-12..
  role: COG

# COL — Colombia
# "Petro" alone: note that it is also the first name of Ukraine's Petro Poroshenko (give him a full-name entry).
[actor] Gustavo Petro | Gustavo Petro Urrego | Petro
  note: President of Colombia   # check: as known at 2025-12; presidential election May-June 2026, successor takes office 2026-08-07
  gender: m
  role: COL GOV 2022-08-07..
  role: COL

# COM — Comoros
[actor] Azali Assoumani | Azali
  note: President of the Comoros (also 1999-2006, first by coup)
  gender: m
  role: COM GOV 2016-05-26..
  role: COM GOV 1999-04-30..2006-05-26      # date uncertain (he stepped down briefly in 2002 to stand for election)
  role: COM

# CPV — Cabo Verde
[actor] José Maria Neves | Jose Maria Neves
  note: President of Cabo Verde (prime minister 2001-2016)
  gender: m
  role: CPV GOV 2021-11-09..
  role: CPV GOV 2001-02-01..2016-04-22      # prime minister; date uncertain
  role: CPV

[actor] Ulisses Correia e Silva | Ulisses Correia
  note: Prime Minister of Cabo Verde   # check: as known at 2025-12; legislative elections due in 2026
  gender: m
  role: CPV GOV 2016-04-22..
  role: CPV

# CRI — Costa Rica
[actor] Rodrigo Chaves | Rodrigo Chaves Robles
  note: President of Costa Rica   # check: as known at 2025-12; presidential election 2026-02-01, successor takes office 2026-05-08
  gender: m
  role: CRI GOV 2022-05-08..
  role: CRI

# CUB — Cuba
[actor] Miguel Díaz-Canel | Miguel Diaz-Canel | Díaz-Canel | Diaz-Canel | Miguel Díaz-Canel Bermúdez
  note: President of Cuba (since 2018-04-19; President of the Council of State until 2019) and First Secretary of the Communist Party (since 2021-04-19)
  gender: m
  role: CUB GOV 2013-02-24..                # First Vice-President from 2013, then president
  role: CUB

[actor] Manuel Marrero Cruz | Manuel Marrero
  note: Prime Minister of Cuba
  gender: m
  role: CUB GOV 2019-12-21..
  role: CUB

# CYP — Cyprus
[actor] Nikos Christodoulides | Christodoulides
  note: President of Cyprus (foreign minister 2018-2022)
  gender: m
  role: CYP GOV 2023-02-28..
  role: CYP GOV 2018-03-01..2022-01-06      # foreign minister; date uncertain
  role: CYP

# CZE — Czech Republic (Czechia)
[actor] Petr Pavel
  note: President of the Czech Republic (general, chief of the general staff 2012-2015, chair of the NATO Military Committee 2015-2018)
  gender: m
  role: CZE GOV 2023-03-09..
  role: CZE

[actor] Andrej Babiš | Andrej Babis | Babiš | Babis
  note: Prime Minister of the Czech Republic (also 2017-2021)   # check: as known at 2025-12 (appointed after ANO won the October 2025 election)
  gender: m
  role: CZE GOV 2025-12-09..                # date uncertain
  role: CZE OPP 2021-11-28..2025-12-08      # ANO leader, opposition
  role: CZE GOV 2017-12-06..2021-11-27
  role: CZE

[actor] Petr Fiala | Fiala
  note: Prime Minister of the Czech Republic 2021-2025
  gender: m
  role: CZE GOV 2021-11-28..2025-12-09      # end date uncertain
  role: CZE OPP 2014-01-01..2021-11-27      # ODS leader from 2014-01-18, in opposition; date uncertain
  role: CZE

# DEU — Germany (former chancellors in predecessors.lex)
[actor] Frank-Walter Steinmeier | Steinmeier | Frank Walter Steinmeier
  note: Federal President of Germany (foreign minister 2005-2009 and 2013-2017)
  gender: m
  role: DEU GOV 2017-03-19..
  role: DEU GOV 2013-12-17..2017-01-27      # foreign minister
  role: DEU OPP 2009-10-28..2013-12-16      # SPD parliamentary leader, Leader of the Opposition; date uncertain
  role: DEU GOV 2005-11-22..2009-10-27      # foreign minister (also vice-chancellor 2007-2009)
  role: DEU

[actor] Friedrich Merz | Merz
  note: Federal Chancellor of Germany (CDU leader since 2022-01-31)
  gender: m
  role: DEU GOV 2025-05-06..
  role: DEU OPP 2022-01-31..2025-05-05      # CDU leader and Leader of the Opposition in the Bundestag
  role: DEU

# DJI — Djibouti
[actor] Ismaïl Omar Guelleh | Ismail Omar Guelleh | Guelleh | IOG
  note: President of Djibouti
  gender: m
  role: DJI GOV 1999-05-08..
  role: DJI

[actor] Abdoulkader Kamil Mohamed
  note: Prime Minister of Djibouti
  gender: m
  role: DJI GOV 2013-04-01..
  role: DJI

# DMA — Dominica
[actor] Sylvanie Burton
  note: President of Dominica
  gender: f
  role: DMA GOV 2023-10-02..
  role: DMA

[actor] Roosevelt Skerrit | Skerrit
  note: Prime Minister of Dominica
  gender: m
  role: DMA GOV 2004-01-08..
  role: DMA

# DNK — Denmark
[actor] King Frederik X | Frederik X | King Frederik of Denmark
  note: King of Denmark (crown prince until 2024-01-14)
  gender: m
  role: DNK GOV 2024-01-14..
  role: DNK

[actor] Mette Frederiksen | Frederiksen
  note: Prime Minister of Denmark
  gender: f
  role: DNK GOV 2019-06-27..
  role: DNK OPP 2015-06-28..2019-06-26      # Social Democrat leader in opposition; date uncertain
  role: DNK

# DOM — Dominican Republic
[actor] Luis Abinader | Abinader | Luis Rodolfo Abinader
  note: President of the Dominican Republic
  gender: m
  role: DOM GOV 2020-08-16..
  role: DOM

# DZA — Algeria (former presidents and prime ministers in predecessors.lex)
[actor] Abdelmadjid Tebboune | Abdelmajid Tebboune | Tebboune
  note: President of Algeria (prime minister May-August 2017)
  gender: m
  role: DZA GOV 2019-12-19..
  role: DZA GOV 2017-05-25..2017-08-15      # prime minister
  role: DZA

[actor] Sifi Ghrieb
  note: Prime Minister of Algeria (industry minister before)   # check: as known at 2025-10; acting from 2025-08-28, confirmed in September 2025
  gender: m
  role: DZA GOV 2025-08-28..
  role: DZA

# ECU — Ecuador
[actor] Daniel Noboa | Daniel Noboa Azín | Daniel Noboa Azin | Noboa
  note: President of Ecuador (re-elected, second term from 2025-05-24)
  gender: m
  role: ECU GOV 2023-11-23..
  role: ECU

# EGY — Egypt (former presidents and prime ministers in predecessors.lex)
[actor] Abdel Fattah al-Sisi | Abdel Fattah el-Sisi | Abdel-Fattah el-Sissi | Abdel Fattah al-Sissi | Abdel Fattah Sisi | al-Sisi | el-Sisi | el-Sissi | Sisi | Sissi
  note: President of Egypt (since 2014-06-08); defence minister and army chief 2012-2014
  gender: m
  role: EGY GOV 2014-06-08..
  role: EGY GOV MIL 2012-08-12..2014-03-26  # defence minister and commander-in-chief (led the 2013-07-03 ouster of Morsi)
  role: EGY MIL ..2012-08-11                # director of military intelligence
  role: EGY

[actor] Mostafa Madbouly | Moustafa Madbouly | Mustafa Madbouly | Madbouly
  note: Prime Minister of Egypt
  gender: m
  role: EGY GOV 2014-03-01..                # housing minister from 2014, prime minister from 2018-06-07
  role: EGY

# ERI — Eritrea
[actor] Isaias Afwerki | Isaias Afewerki | Afwerki | Afewerki
  note: President of Eritrea
  gender: m
  role: ERI GOV 1991-05-24..                # head of the provisional government from 1991, president from 1993
  role: ERI

# ESP — Spain
[actor] King Felipe VI | Felipe VI | King Felipe of Spain
  note: King of Spain
  gender: m
  role: ESP GOV 2014-06-19..
  role: ESP

[actor] Pedro Sánchez | Pedro Sanchez | Pedro Sánchez Pérez-Castejón
  note: Prime Minister of Spain ("Sánchez" alone is too common a surname)
  gender: m
  role: ESP GOV 2018-06-02..
  role: ESP

# EST — Estonia
[actor] Alar Karis
  note: President of Estonia
  gender: m
  role: EST GOV 2021-10-11..
  role: EST

[actor] Kristen Michal
  note: Prime Minister of Estonia
  gender: m
  role: EST GOV 2024-07-23..
  role: EST

# ETH — Ethiopia
[actor] Taye Atske Selassie | Taye Atske-Selassie | Taye Atske Sellasie
  note: President of Ethiopia (foreign minister 2024)
  gender: m
  role: ETH GOV 2024-02-08..                # foreign minister from 2024-02, president from 2024-10-07; date uncertain
  role: ETH

[actor] Abiy Ahmed | Abiy Ahmed Ali | Abiy
  note: Prime Minister of Ethiopia
  gender: m
  role: ETH GOV 2018-04-02..
  role: ETH

# FIN — Finland
[actor] Alexander Stubb | Stubb
  note: President of Finland (prime minister 2014-2015)
  gender: m
  role: FIN GOV 2024-03-01..
  role: FIN

[actor] Petteri Orpo | Orpo
  note: Prime Minister of Finland
  gender: m
  role: FIN GOV 2023-06-20..
  role: FIN

# FJI — Fiji
[actor] Naiqama Lalabalavu | Ratu Naiqama Lalabalavu | Ratu Naiqama Tawake Lalabalavu
  note: President of Fiji
  gender: m
  role: FJI GOV 2024-11-12..
  role: FJI

[actor] Sitiveni Rabuka | Rabuka
  note: Prime Minister of Fiji (leader of the 1987 coups; prime minister 1992-1999)
  gender: m
  role: FJI GOV 2022-12-24..
  role: FJI GOV 1992-06-02..1999-05-19
  role: FJI

# FRA — France (former presidents and prime ministers in predecessors.lex)
[actor] Emmanuel Macron | Macron
  note: President of France and co-prince of Andorra (economy minister 2014-2016)
  gender: m
  role: FRA GOV 2017-05-14..
  role: FRA GOV 2014-08-26..2016-08-30      # economy minister
  role: FRA

[actor] Sébastien Lecornu | Sebastien Lecornu | Lecornu
  note: Prime Minister of France (appointed 2025-09-09, resigned 2025-10-06, reappointed 2025-10-10); minister of the armed forces 2022-2025   # check: as known at 2025-12
  gender: m
  role: FRA GOV 2025-09-09..
  role: FRA GOV MIL 2022-05-20..2025-09-08  # minister of the armed forces
  role: FRA GOV 2017-06-21..2022-05-19      # junior minister, then local government and overseas minister
  role: FRA

# FSM — Micronesia
[actor] Wesley Simina
  note: President of the Federated States of Micronesia
  gender: m
  role: FSM GOV 2023-05-11..
  role: FSM

# GAB — Gabon
[actor] Brice Clotaire Oligui Nguema | Brice Oligui Nguema | Oligui Nguema | Oligui
  note: President of Gabon: leader of the 2023-08-30 coup and transitional president, elected in April 2025 (sworn in 2025-05-03)
  gender: m
  role: GAB GOV 2025-05-03..
  role: GAB GOV MIL 2023-08-30..2025-05-02
  role: GAB MIL                             # general, commander of the Republican Guard before the coup

# GBR — United Kingdom (former prime ministers and Elizabeth II in predecessors.lex)
[actor] King Charles III | Charles III | King Charles | Prince Charles | Charles, Prince of Wales
  note: King of the United Kingdom and of the Commonwealth realms (Prince of Wales until 2022-09-08)
  gender: m
  role: GBR GOV 2022-09-08..
  role: GBR

[actor] Keir Starmer | Sir Keir Starmer | Starmer
  note: Prime Minister of the United Kingdom; Leader of the Opposition 2020-2024; Director of Public Prosecutions 2008-2013
  gender: m
  role: GBR GOV 2024-07-05..
  role: GBR OPP 2020-04-04..2024-07-04      # Labour leader, Leader of the Opposition
  role: GBR JUD 2008-11-01..2013-10-31      # Director of Public Prosecutions
  role: GBR

# GEO — Georgia
[actor] Mikheil Kavelashvili | Mikhail Kavelashvili | Kavelashvili
  note: President of Georgia (elected by an electoral college; his legitimacy is disputed by the opposition and by Salome Zourabichvili)
  gender: m
  role: GEO GOV 2024-12-29..
  role: GEO

[actor] Irakli Kobakhidze | Kobakhidze
  note: Prime Minister of Georgia (Georgian Dream)
  gender: m
  role: GEO GOV 2024-02-08..
  role: GEO

# GHA — Ghana
[actor] John Dramani Mahama | John Mahama | Mahama
  note: President of Ghana (also 2012-2017; vice-president 2009-2012)
  gender: m
  role: GHA GOV 2025-01-07..
  role: GHA OPP 2017-01-08..2025-01-06      # NDC candidate in 2020 and 2024
  role: GHA GOV 2009-01-07..2017-01-07
  role: GHA

# GIN — Guinea (military government since the coup of 2021-09-05)
[actor] Mamadi Doumbouya | Mamady Doumbouya | Colonel Mamadi Doumbouya | Doumbouya
  note: President of Guinea (coup leader, transitional president sworn in 2021-10-01)   # check: as known at 2025-12 (presidential election 2025-12-28)
  gender: m
  role: GIN GOV MIL 2021-09-05..
  role: GIN MIL

[actor] Amadou Oury Bah | Bah Oury
  note: Prime Minister of Guinea
  gender: m
  role: GIN GOV 2024-02-27..
  role: GIN

# GMB — The Gambia
[actor] Adama Barrow   # not "Barrow" (an English word, place names)
  note: President of the Gambia
  gender: m
  role: GMB GOV 2017-01-19..
  role: GMB

# GNB — Guinea-Bissau (military takeover on 2025-11-26, the day before the election results)
[actor] Horta N'Tam | Horta Inta-A | General Horta N'Tam
  note: Transitional president of Guinea-Bissau after the coup, army chief of staff before   # check: as known at 2025-12
  gender: m
  role: GNB GOV MIL 2025-11-27..
  role: GNB MIL

[actor] Umaro Sissoco Embaló | Umaro Sissoco Embalo | Sissoco Embaló | Sissoco Embalo | Embaló | Embalo
  note: President of Guinea-Bissau 2020-2025 (ousted 2025-11-26), prime minister 2016-2018
  gender: m
  role: GNB GOV 2020-02-27..2025-11-26
  role: GNB GOV 2016-11-18..2018-01-16      # prime minister; date uncertain
  role: GNB

# GNQ — Equatorial Guinea
[actor] Teodoro Obiang Nguema Mbasogo | Teodoro Obiang | Obiang Nguema | Teodoro Obiang Nguema
  note: President of Equatorial Guinea (his son and vice-president Teodoro Nguema Obiang Mangue is "Teodorín")
  gender: m
  role: GNQ GOV 1979-08-03..
  role: GNQ

[actor] Manuela Roka Botey | Manuela Roka
  note: Prime Minister of Equatorial Guinea
  gender: f
  role: GNQ GOV 2023-02-01..
  role: GNQ

# GRC — Greece
[actor] Konstantinos Tasoulas | Kostas Tasoulas | Tasoulas
  note: President of Greece (Speaker of Parliament 2019-2025)
  gender: m
  role: GRC GOV 2025-03-13..
  role: GRC LEG 2019-07-18..2025-02-12      # Speaker of the Hellenic Parliament; date uncertain
  role: GRC

[actor] Kyriakos Mitsotakis | Mitsotakis
  note: Prime Minister of Greece (a caretaker government sat 2023-05-25..2023-06-26)
  gender: m
  role: GRC GOV 2023-06-26..
  role: GRC GOV 2019-07-08..2023-05-24
  role: GRC OPP 2016-01-10..2019-07-07      # New Democracy leader, Leader of the Opposition
  role: GRC

# GRD — Grenada (realm)
[actor] Dickon Mitchell
  note: Prime Minister of Grenada
  gender: m
  role: GRD GOV 2022-06-24..
  role: GRD

# GTM — Guatemala
[actor] Bernardo Arévalo | Bernardo Arevalo | Bernardo Arévalo de León | Arévalo | Arevalo
  note: President of Guatemala
  gender: m
  role: GTM GOV 2024-01-14..
  role: GTM

# GUY — Guyana
[actor] Irfaan Ali | Mohamed Irfaan Ali
  note: President of Guyana (re-elected in September 2025)
  gender: m
  role: GUY GOV 2020-08-02..
  role: GUY

[actor] Mark Phillips
  note: Prime Minister of Guyana (army chief of staff 2013-2016)   # check: as known at 2025-09
  gender: m
  role: GUY GOV 2020-08-02..
  role: GUY

# HND — Honduras
[actor] Nasry Asfura | Nasry Juan Asfura | Tito Asfura | Asfura
  note: President of Honduras   # check: as known at 2025-12 (declared winner of the 2025-11-30 election; inauguration 2026-01-27)
  gender: m
  role: HND GOV 2026-01-27..
  role: HND

[actor] Xiomara Castro | Iris Xiomara Castro | Xiomara Castro de Zelaya | Xiomara
  note: President of Honduras 2022-2026
  gender: f
  role: HND GOV 2022-01-27..2026-01-27
  role: HND

# HRV — Croatia
[actor] Zoran Milanović | Zoran Milanovic | Milanović | Milanovic
  note: President of Croatia (prime minister 2011-2016)
  gender: m
  role: HRV GOV 2020-02-19..
  role: HRV GOV 2011-12-23..2016-01-22      # prime minister
  role: HRV

[actor] Andrej Plenković | Andrej Plenkovic | Plenković | Plenkovic
  note: Prime Minister of Croatia
  gender: m
  role: HRV GOV 2016-10-19..
  role: HRV

# HTI — Haiti (no elected president since the assassination of Jovenel Moïse on 2021-07-07; a Transitional Presidential Council sat 2024-04-25..2026-02-07; no head of state after it, the prime minister governs)
[actor] Alix Didier Fils-Aimé | Alix Didier Fils-Aime | Didier Fils-Aimé | Fils-Aimé | Fils-Aime
  note: Prime Minister of Haiti   # check: as known at 2025-12; the council's mandate ended 2026-02-07
  gender: m
  role: HTI GOV 2024-11-11..
  role: HTI

[actor] Laurent Saint-Cyr
  note: Coordinator (president) of the Transitional Presidential Council of Haiti from 2025-08-07   # check: as known at 2025-12
  gender: m
  role: HTI GOV 2024-04-25..2026-02-07      # council member, coordinator from 2025-08-07
  role: HTI

# HUN — Hungary
[actor] Tamás Sulyok | Tamas Sulyok
  note: President of Hungary (president of the Constitutional Court before)
  gender: m
  role: HUN GOV 2024-03-05..
  role: HUN JUD 2016-11-26..2024-03-04      # Constitutional Court, its president from 2016; date uncertain
  role: HUN

[actor] Viktor Orbán | Viktor Orban | Orbán | Orban
  note: Prime Minister of Hungary (also 1998-2002)   # check: as known at 2025-12; parliamentary election due April 2026
  gender: m
  role: HUN GOV 2010-05-29..
  role: HUN OPP 2002-05-28..2010-05-28      # Fidesz leader, opposition
  role: HUN GOV 1998-07-06..2002-05-27
  role: HUN

# IDN — Indonesia (former presidents in predecessors.lex)
[actor] Prabowo Subianto | Prabowo | Prabowo Subianto Djojohadikusumo
  note: President of Indonesia (defence minister 2019-2024; former general)
  gender: m
  role: IDN GOV 2024-10-20..
  role: IDN GOV MIL 2019-10-23..2024-10-19  # defence minister
  role: IDN

# IND — India (former presidents and prime ministers in predecessors.lex)
[actor] Droupadi Murmu | Draupadi Murmu | Murmu
  note: President of India
  gender: f
  role: IND GOV 2022-07-25..
  role: IND

[actor] Narendra Modi | Modi | Narendra Damodardas Modi
  note: Prime Minister of India (Chief Minister of Gujarat 2001-2014)
  gender: m
  role: IND GOV 2001-10-07..                # chief minister of Gujarat until 2014-05-22, prime minister from 2014-05-26
  role: IND

# IRL — Ireland
[actor] Catherine Connolly
  note: President of Ireland   # check: as known at 2025-11 (elected 2025-10-24)
  gender: f
  role: IRL GOV 2025-11-11..
  role: IRL

[actor] Micheál Martin | Micheal Martin
  note: Taoiseach (also 2020-2022; Tánaiste, foreign and defence minister 2022-2025)
  gender: m
  role: IRL GOV 2020-06-27..                # Taoiseach 2020-06-27..2022-12-17, Tánaiste 2022-12-17..2025-01-23, Taoiseach from 2025-01-23
  role: IRL OPP 2011-03-09..2020-06-26      # Fianna Fáil leader in opposition
  role: IRL GOV 1997-06-26..2011-01-19      # minister (education, health, enterprise, foreign affairs)
  role: IRL

# IRN — Iran (former presidents in predecessors.lex)
[actor] Ali Khamenei | Ayatollah Ali Khamenei | Sayyed Ali Khamenei | Ayatollah Khamenei | Khamenei
  note: Supreme Leader of Iran (since 1989-06-04); President 1981-1989
  gender: m
  role: IRN GOV 1981-10-13..
  role: IRN

[actor] Masoud Pezeshkian | Massoud Pezeshkian | Pezeshkian
  note: President of Iran (health minister 2001-2005; MP for Tabriz 2008-2024)
  gender: m
  role: IRN GOV 2024-07-28..
  role: IRN LEG 2008-05-27..2024-07-27      # member of parliament, first deputy speaker 2016-2020; date uncertain
  role: IRN

# IRQ — Iraq (former presidents and prime ministers, incl. Nouri al-Maliki, in predecessors.lex)
[actor] Abdul Latif Rashid | Abdul Latif Jamal Rashid | Abdullatif Rashid
  note: President of Iraq (water resources minister 2003-2010)
  gender: m
  role: IRQ GOV 2022-10-17..
  role: IRQ

[actor] Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani | Mohammed al-Sudani | Mohammad Shia al-Sudani | Muhammad Shia al-Sudani | Mohammed Shiaa al-Sudani | al-Sudani | Sudani
  note: Prime Minister of Iraq   # check: as known at 2025-12; after the 2025-11-11 election he heads a caretaker government until a successor is chosen
  gender: m
  role: IRQ GOV 2022-10-27..
  role: IRQ

# ISL — Iceland
[actor] Halla Tómasdóttir | Halla Tomasdottir
  note: President of Iceland
  gender: f
  role: ISL GOV 2024-08-01..
  role: ISL

[actor] Kristrún Frostadóttir | Kristrun Frostadottir
  note: Prime Minister of Iceland
  gender: f
  role: ISL GOV 2024-12-21..
  role: ISL

# ISR — Israel (former presidents and prime ministers in predecessors.lex)
[actor] Isaac Herzog | Yitzhak Herzog | Herzog
  note: President of Israel (Labor leader and Leader of the Opposition 2013-2017)
  gender: m
  role: ISR GOV 2021-07-07..
  role: ISR OPP 2013-11-22..2017-07-10      # date uncertain
  role: ISR

# "Bibi" is not an alias: it also matches e.g. "Asia Bibi".
[actor] Benjamin Netanyahu | Binyamin Netanyahu | Benyamin Netanyahu | Netanyahu
  note: Prime Minister of Israel (1996-1999, 2009-2021, since 2022-12-29)
  gender: m
  role: ISR GOV 2022-12-29..
  role: ISR OPP 2021-06-13..2022-12-28      # Leader of the Opposition
  role: ISR GOV 2009-03-31..2021-06-12
  role: ISR OPP 2006-05-04..2009-03-30      # Likud leader, Leader of the Opposition; date uncertain
  role: ISR GOV 2002-11-06..2005-08-09      # foreign minister, then finance minister
  role: ISR GOV 1996-06-18..1999-07-06
  role: ISR

# ITA — Italy (former presidents and prime ministers in predecessors.lex)
[actor] Sergio Mattarella | Mattarella
  note: President of Italy (defence minister 1999-2001; constitutional judge 2011-2015)
  gender: m
  role: ITA GOV 2015-02-03..
  role: ITA JUD 2011-10-06..2015-01-30      # Constitutional Court judge; date uncertain
  role: ITA GOV MIL 1999-12-22..2001-06-11  # defence minister
  role: ITA

[actor] Giorgia Meloni | Meloni
  note: Prime Minister of Italy (Brothers of Italy leader since 2014)
  gender: f
  role: ITA GOV 2022-10-22..
  role: ITA OPP 2014-03-08..2022-10-21      # Brothers of Italy leader, opposition
  role: ITA GOV 2008-05-08..2011-11-16      # youth minister
  role: ITA

# JAM — Jamaica (realm)
[actor] Andrew Holness | Holness
  note: Prime Minister of Jamaica (also 2011-2012; re-elected September 2025)
  gender: m
  role: JAM GOV 2016-03-03..
  role: JAM OPP 2012-01-05..2016-03-02      # Leader of the Opposition
  role: JAM GOV 2011-10-23..2012-01-04
  role: JAM

# JOR — Jordan (former prime ministers in predecessors.lex)
# "King Abdullah" alone is not an alias: Saudi Arabia's King Abdullah (2005-2015).
[actor] King Abdullah II | Abdullah II | King Abdullah II of Jordan | Abdullah II of Jordan | King Abdullah of Jordan | Jordan's King Abdullah
  note: King of Jordan
  gender: m
  role: JOR GOV 1999-02-07..
  role: JOR MIL                             # army officer, special forces commander before his accession
  
[actor] Jafar Hassan | Jafar Hasan | Jaafar Hassan
  note: Prime Minister of Jordan (director of the Royal Court office, planning minister before)
  gender: m
  role: JOR GOV 2024-09-15..
  role: JOR

# JPN — Japan (former prime ministers in predecessors.lex)
[actor] Emperor Naruhito | Naruhito
  note: Emperor of Japan
  gender: m
  role: JPN GOV 2019-05-01..
  role: JPN

[actor] Sanae Takaichi | Takaichi
  note: Prime Minister of Japan (LDP president from 2025-10-04)   # check: as known at 2025-12
  gender: f
  role: JPN GOV 2025-10-21..
  role: JPN GOV 2022-08-10..2024-10-01      # minister for economic security
  role: JPN GOV 2019-09-11..2020-09-16      # internal affairs minister
  role: JPN GOV 2014-09-03..2017-08-03      # internal affairs minister
  role: JPN

# KAZ — Kazakhstan
[actor] Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Qasym-Jomart Toqaev | Tokayev | Toqaev
  note: President of Kazakhstan (foreign minister, prime minister 1999-2002, Senate chairman)
  gender: m
  role: KAZ GOV 2019-03-20..
  role: KAZ LEG 2013-10-16..2019-03-19      # chairman of the Senate
  role: KAZ GOV 1994-10-13..2007-01-11      # foreign minister, prime minister 1999-10-01..2002-01-28, foreign minister again
  role: KAZ

[actor] Olzhas Bektenov | Oljas Bektenov
  note: Prime Minister of Kazakhstan
  gender: m
  role: KAZ GOV 2024-02-06..
  role: KAZ

# KEN — Kenya
[actor] William Ruto | William Samoei Ruto | Ruto
  note: President of Kenya (deputy president 2013-2022)
  gender: m
  role: KEN GOV 2013-04-09..                # deputy president, president from 2022-09-13
  role: KEN

# KGZ — Kyrgyzstan
# "Japarov" alone is not an alias: Akylbek Japarov chaired the cabinet 2021-2024.
[actor] Sadyr Japarov | Sadyr Zhaparov
  note: President of Kyrgyzstan (acting president and prime minister in October-November 2020)
  gender: m
  role: KGZ GOV 2021-01-28..
  role: KGZ GOV 2020-10-14..2020-11-14
  role: KGZ

[actor] Adylbek Kasymaliev | Adylbek Kasymaliyev
  note: Chairman of the Cabinet of Ministers of Kyrgyzstan
  gender: m
  role: KGZ GOV 2024-12-16..
  role: KGZ

# KHM — Cambodia
[actor] Norodom Sihamoni | King Norodom Sihamoni | King Sihamoni
  note: King of Cambodia
  gender: m
  role: KHM GOV 2004-10-29..
  role: KHM

[actor] Hun Manet
  note: Prime Minister of Cambodia (son of Hun Sen; army commander before)
  gender: m
  role: KHM GOV 2023-08-22..
  role: KHM MIL                             # officer, commander of the army 2018-2023

# KIR — Kiribati
[actor] Taneti Maamau | Maamau
  note: President of Kiribati
  gender: m
  role: KIR GOV 2016-03-11..
  role: KIR

# KNA — Saint Kitts and Nevis (realm)
[actor] Terrance Drew
  note: Prime Minister of Saint Kitts and Nevis
  gender: m
  role: KNA GOV 2022-08-06..
  role: KNA

# KOR — South Korea (former presidents and prime ministers in predecessors.lex)
[actor] Lee Jae-myung | Lee Jae Myung | Lee Jae-myeong | President Lee Jae-myung
  note: President of South Korea (Democratic Party leader 2022-2025)
  gender: m
  role: KOR GOV 2025-06-04..
  role: KOR OPP 2022-08-28..2025-06-03      # Democratic Party leader and presidential candidate
  role: KOR

[actor] Kim Min-seok | Kim Min Seok
  note: Prime Minister of South Korea
  gender: m
  role: KOR GOV 2025-07-03..
  role: KOR

# KWT — Kuwait (former emirs and prime ministers in predecessors.lex; all are al-Sabah: no surname aliases)
[actor] Mishal al-Ahmad al-Jaber al-Sabah | Sheikh Mishal al-Ahmad al-Jaber al-Sabah | Mishal al-Ahmad | Sheikh Mishal al-Ahmad | Emir Sheikh Mishal | Sheikh Meshal al-Ahmad al-Jaber al-Sabah | Meshal al-Ahmad
  note: Emir of Kuwait (crown prince 2020-2023)
  gender: m
  role: KWT GOV 2020-10-08..                # crown prince, emir from 2023-12-16
  role: KWT

[actor] Ahmad Abdullah al-Ahmad al-Sabah | Sheikh Ahmad Abdullah al-Ahmad al-Sabah | Ahmad al-Abdullah al-Sabah | Sheikh Ahmad al-Abdullah
  note: Prime Minister of Kuwait
  gender: m
  role: KWT GOV 2024-04-15..                # date uncertain
  role: KWT

# LAO — Laos
[actor] Thongloun Sisoulith | Thongloun
  note: President of Laos and General Secretary of the LPRP (prime minister 2016-2021)
  gender: m
  role: LAO GOV 2016-04-20..                # prime minister from 2016, president from 2021-03-22
  role: LAO

[actor] Sonexay Siphandone
  note: Prime Minister of Laos
  gender: m
  role: LAO GOV 2022-12-30..
  role: LAO

# LBN — Lebanon (former presidents and prime ministers in predecessors.lex)
# "Aoun" alone is not an alias (Joseph Aoun / Michel Aoun); nor is "Salam" (Nawaf / Tammam Salam).
[actor] Joseph Aoun | Joseph Khalil Aoun | General Joseph Aoun
  note: President of Lebanon (army commander 2017-2025)
  gender: m
  role: LBN GOV 2025-01-09..
  role: LBN MIL 2017-03-08..2025-01-08      # commander of the Lebanese Armed Forces
  role: LBN MIL

[actor] Nawaf Salam
  note: Prime Minister of Lebanon (ICJ judge 2018-2025, its president 2024-2025; UN ambassador 2007-2017)
  gender: m
  role: LBN GOV 2025-01-13..                # designated 2025-01-13, government formed 2025-02-08
  role: - +ICJ JUD 2018-02-06..2025-01-12   # judge, then president, of the International Court of Justice; date uncertain
  role: LBN GOV 2007-07-01..2017-12-31      # ambassador to the UN; date uncertain
  role: LBN

# LBR — Liberia
[actor] Joseph Boakai | Joseph Nyuma Boakai | Boakai
  note: President of Liberia (vice-president 2006-2018)
  gender: m
  role: LBR GOV 2024-01-22..
  role: LBR GOV 2006-01-16..2018-01-22      # vice-president
  role: LBR

# LBY — Libya (internationally recognised authorities in Tripoli; rival eastern authorities; former leaders in predecessors.lex)
[actor] Mohamed al-Menfi | Mohammed al-Menfi | Mohamed Younis al-Menfi | al-Menfi | Menfi
  note: Chairman of the Presidential Council of Libya
  gender: m
  role: LBY GOV 2021-03-15..
  role: LBY

[actor] Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid al-Dbeibah | Abdelhamid Dbeibah | Dbeibah | Dbeiba | Abdul Hamid Dbeiba
  note: Prime Minister of the Government of National Unity (Tripoli)
  gender: m
  role: LBY GOV 2021-03-15..
  role: LBY

# Haftar commands the self-styled Libyan National Army, the de facto power in eastern and southern Libya;
# coded LBY MIL (a national army under the eastern parliament's authority), as most coders do.
[actor] Khalifa Haftar | Khalifa Hifter | Field Marshal Khalifa Haftar | Haftar | Hifter
  note: Commander of the Libyan National Army (eastern Libya); his sons Saddam and Khaled Haftar need full names
  gender: m
  role: LBY MIL 2014-05-16..                # launched Operation Dignity 2014-05-16; appointed commander by the House of Representatives 2015-03-02
  role: LBY

# LCA — Saint Lucia (realm)
[actor] Philip J. Pierre | Philip Pierre | Philip J Pierre
  note: Prime Minister of Saint Lucia
  gender: m
  role: LCA GOV 2021-07-28..
  role: LCA

# LIE — Liechtenstein
[actor] Prince Hans-Adam II | Hans-Adam II
  note: Reigning Prince of Liechtenstein (his son Alois exercises the duties as regent since 2004-08-15)
  gender: m
  role: LIE GOV 1989-11-13..
  role: LIE

[actor] Hereditary Prince Alois | Prince Alois | Alois of Liechtenstein
  note: Hereditary Prince and regent of Liechtenstein
  gender: m
  role: LIE GOV 2004-08-15..
  role: LIE

[actor] Brigitte Haas
  note: Prime Minister of Liechtenstein
  gender: f
  role: LIE GOV 2025-04-10..
  role: LIE

# LKA — Sri Lanka
[actor] Anura Kumara Dissanayake | Anura Kumara Dissanayaka | Anura Dissanayake | AKD
  note: President of Sri Lanka (JVP/NPP leader)
  gender: m
  role: LKA GOV 2024-09-23..
  role: LKA OPP 2005-06-17..2024-09-22      # JVP (leader from 2014) in opposition after leaving the government in 2005; date uncertain
  role: LKA

[actor] Harini Amarasuriya | Amarasuriya
  note: Prime Minister of Sri Lanka
  gender: f
  role: LKA GOV 2024-09-24..
  role: LKA

# LSO — Lesotho
[actor] King Letsie III | Letsie III
  note: King of Lesotho
  gender: m
  role: LSO GOV 1996-02-07..
  role: LSO

[actor] Sam Matekane | Samuel Matekane | Matekane
  note: Prime Minister of Lesotho
  gender: m
  role: LSO GOV 2022-10-28..
  role: LSO

# LTU — Lithuania
[actor] Gitanas Nausėda | Gitanas Nauseda | Nausėda | Nauseda
  note: President of Lithuania
  gender: m
  role: LTU GOV 2019-07-12..
  role: LTU

[actor] Inga Ruginienė | Inga Ruginiene | Ruginienė | Ruginiene
  note: Prime Minister of Lithuania (labour minister before)   # check: as known at 2025-09; date uncertain
  gender: f
  role: LTU GOV 2024-12-12..                # social security and labour minister, prime minister from August 2025
  role: LTU

# LUX — Luxembourg
[actor] Grand Duke Guillaume | Guillaume V | Grand Duke Guillaume V | Hereditary Grand Duke Guillaume
  note: Grand Duke of Luxembourg (lieutenant-representative from 2024-10-08)   # check: as known at 2025-10
  gender: m
  role: LUX GOV 2025-10-03..
  role: LUX

[actor] Grand Duke Henri | Henri of Luxembourg
  note: Grand Duke of Luxembourg 2000-2025 (abdicated)
  gender: m
  role: LUX GOV 2000-10-07..2025-10-03
  role: LUX

[actor] Luc Frieden | Frieden
  note: Prime Minister of Luxembourg
  gender: m
  role: LUX GOV 2023-11-17..
  role: LUX

# LVA — Latvia
[actor] Edgars Rinkēvičs | Edgars Rinkevics | Rinkēvičs | Rinkevics
  note: President of Latvia (foreign minister 2011-2023)
  gender: m
  role: LVA GOV 2011-10-25..                # foreign minister, president from 2023-07-08
  role: LVA

[actor] Evika Siliņa | Evika Silina | Siliņa | Silina
  note: Prime Minister of Latvia
  gender: f
  role: LVA GOV 2023-09-15..
  role: LVA

# MAR — Morocco (former prime ministers / heads of government in predecessors.lex)
[actor] King Mohammed VI | Mohammed VI | Mohammed VI of Morocco | King Mohammed VI of Morocco | Mohamed VI
  note: King of Morocco
  gender: m
  role: MAR GOV 1999-07-23..
  role: MAR

[actor] Aziz Akhannouch | Akhannouch
  note: Head of Government of Morocco (agriculture minister 2007-2021; RNI leader)
  gender: m
  role: MAR GOV 2007-10-15..                # agriculture minister, head of government from 2021-10-07
  role: MAR

# MCO — Monaco (the Minister of State heads the government; Didier Guillaume held the office from 2024-09-02 until his illness in 2025)
[actor] Prince Albert II | Albert II of Monaco | Prince Albert of Monaco
  note: Sovereign Prince of Monaco
  gender: m
  role: MCO GOV 2005-04-06..
  role: MCO

[actor] Christophe Mirmand
  note: Minister of State of Monaco (head of government; French prefect before)   # check: as known at 2025-12
  gender: m
  role: MCO GOV 2025-07-21..                # date uncertain
  role: FRA

# MDA — Moldova
[actor] Maia Sandu | Sandu
  note: President of Moldova (prime minister June-November 2019)
  gender: f
  role: MDA GOV 2020-12-24..
  role: MDA OPP 2019-11-15..2020-12-23      # PAS leader, opposition
  role: MDA GOV 2019-06-08..2019-11-14      # prime minister
  role: MDA

[actor] Alexandru Munteanu
  note: Prime Minister of Moldova   # check: as known at 2025-11 (appointed after the September 2025 election); date uncertain
  gender: m
  role: MDA GOV 2025-11-01..
  role: MDA

# MDG — Madagascar (military takeover in October 2025)
[actor] Michael Randrianirina | Colonel Michael Randrianirina | Randrianirina
  note: President of Madagascar (CAPSAT commander who took power after the Gen Z protests)   # check: as known at 2025-11
  gender: m
  role: MDG GOV MIL 2025-10-14..            # took power 2025-10-14, sworn in 2025-10-17
  role: MDG MIL

[actor] Herintsalama Rajaonarivelo
  note: Prime Minister of Madagascar   # check: as known at 2025-11; date uncertain
  gender: m
  role: MDG GOV 2025-10-20..
  role: MDG

[actor] Andry Rajoelina | Rajoelina
  note: President of Madagascar 2009-2014 (transition, after a coup) and 2019-2025 (impeached and fled in October 2025)
  gender: m
  role: MDG GOV 2019-01-19..2025-10-14
  role: MDG GOV 2009-03-17..2014-01-25
  role: MDG

# MDV — Maldives
[actor] Mohamed Muizzu | Muizzu
  note: President of the Maldives
  gender: m
  role: MDV GOV 2023-11-17..
  role: MDV

# MEX — Mexico (former presidents in predecessors.lex)
[actor] Claudia Sheinbaum | Claudia Sheinbaum Pardo | Sheinbaum
  note: President of Mexico (head of government of Mexico City 2018-2023)
  gender: f
  role: MEX GOV 2024-10-01..
  role: MEX GOV 2018-12-05..2023-06-16      # head of government of Mexico City
  role: MEX

# MHL — Marshall Islands
[actor] Hilda Heine | Hilda C. Heine
  note: President of the Marshall Islands (also 2016-2020)
  gender: f
  role: MHL GOV 2024-01-03..
  role: MHL GOV 2016-01-28..2020-01-13
  role: MHL

# MKD — North Macedonia
[actor] Gordana Siljanovska-Davkova | Gordana Siljanovska Davkova | Siljanovska-Davkova
  note: President of North Macedonia
  gender: f
  role: MKD GOV 2024-05-12..
  role: MKD

[actor] Hristijan Mickoski | Mickoski
  note: Prime Minister of North Macedonia (VMRO-DPMNE leader)
  gender: m
  role: MKD GOV 2024-06-23..
  role: MKD OPP 2017-12-24..2024-06-22      # VMRO-DPMNE leader, opposition
  role: MKD

# MLI — Mali (military government since the coups of 2020-08-18 and 2021-05-24)
[actor] Assimi Goïta | Assimi Goita | Colonel Assimi Goïta | General Assimi Goïta | Goïta | Goita
  note: President of the transition of Mali, junta leader
  gender: m
  role: MLI GOV MIL 2020-08-18..            # junta leader, vice-president of the transition, president from 2021-05-24
  role: MLI MIL

[actor] Abdoulaye Maïga | Abdoulaye Maiga | General Abdoulaye Maïga
  note: Prime Minister of Mali (army general; government spokesman, acting prime minister in 2022)
  gender: m
  role: MLI GOV MIL 2021-06-11..            # minister of territorial administration and government spokesman, prime minister from 2024-11-21; date uncertain
  role: MLI MIL

# MLT — Malta
[actor] Myriam Spiteri Debono
  note: President of Malta
  gender: f
  role: MLT GOV 2024-04-04..
  role: MLT

[actor] Robert Abela | Abela
  note: Prime Minister of Malta
  gender: m
  role: MLT GOV 2020-01-13..
  role: MLT

# MMR — Myanmar (military government since the coup of 2021-02-01; elections held from December 2025)
[actor] Min Aung Hlaing | Senior General Min Aung Hlaing | General Min Aung Hlaing
  note: Commander-in-chief (since 2011), head of the junta (State Administration Council, then its 2025 successor) and acting president (since 2024-07-22)   # check: as known at 2025-12
  gender: m
  role: MMR GOV MIL 2021-02-01..
  role: MMR MIL

# MNE — Montenegro
[actor] Jakov Milatović | Jakov Milatovic | Milatović | Milatovic
  note: President of Montenegro
  gender: m
  role: MNE GOV 2023-05-20..
  role: MNE

[actor] Milojko Spajić | Milojko Spajic | Spajić | Spajic
  note: Prime Minister of Montenegro (finance minister 2020-2022)
  gender: m
  role: MNE GOV 2023-10-31..
  role: MNE GOV 2020-12-04..2022-04-28      # finance minister
  role: MNE

# MNG — Mongolia
[actor] Ukhnaagiin Khürelsükh | Ukhnaagiin Khurelsukh | Khürelsükh | Khurelsukh
  note: President of Mongolia (prime minister 2017-2021)
  gender: m
  role: MNG GOV 2021-06-25..
  role: MNG GOV 2017-10-04..2021-01-27      # prime minister
  role: MNG

[actor] Gombojavyn Zandanshatar | Gombojav Zandanshatar | Zandanshatar
  note: Prime Minister of Mongolia (speaker 2019-2024, foreign minister 2012-2014)   # check: as known at 2025-10; parliament voted to dismiss him in October 2025, a move contested in court
  gender: m
  role: MNG GOV 2025-06-13..
  role: MNG LEG 2019-07-05..2024-07-01      # speaker of the State Great Khural; date uncertain
  role: MNG

# MOZ — Mozambique
[actor] Daniel Chapo | Daniel Francisco Chapo   # not "Chapo" alone ("El Chapo")
  note: President of Mozambique
  gender: m
  role: MOZ GOV 2025-01-15..
  role: MOZ

[actor] Maria Benvinda Levi | Benvinda Levi
  note: Prime Minister of Mozambique   # date uncertain
  gender: f
  role: MOZ GOV 2025-01-17..
  role: MOZ

# MRT — Mauritania
[actor] Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Mohamed Ould Ghazwani | Ghazouani | Ghazwani
  note: President of Mauritania (army chief of staff 2008-2018, defence minister 2018-2019)
  gender: m
  role: MRT GOV 2019-08-01..
  role: MRT GOV MIL 2018-11-05..2019-03-15  # defence minister; date uncertain
  role: MRT MIL

[actor] Mokhtar Ould Djay | Mokhtar Ould Diay | El Moctar Ould Djay
  note: Prime Minister of Mauritania
  gender: m
  role: MRT GOV 2024-08-02..
  role: MRT

# MUS — Mauritius
[actor] Navin Ramgoolam | Navinchandra Ramgoolam | Ramgoolam
  note: Prime Minister of Mauritius (also 1995-2000 and 2005-2014)
  gender: m
  role: MUS GOV 2024-11-13..
  role: MUS GOV 2005-07-05..2014-12-17
  role: MUS GOV 1995-12-22..2000-09-17
  role: MUS

[actor] Dharam Gokhool
  note: President of Mauritius
  gender: m
  role: MUS GOV 2024-12-06..
  role: MUS

# MWI — Malawi
[actor] Peter Mutharika | Arthur Peter Mutharika | Mutharika
  note: President of Malawi (also 2014-2020; brother of Bingu wa Mutharika, president 2004-2012)   # check: as known at 2025-10 (won the September 2025 election)
  gender: m
  role: MWI GOV 2025-10-04..
  role: MWI OPP 2020-06-29..2025-10-03      # DPP leader, opposition
  role: MWI GOV 2014-05-31..2020-06-28
  role: MWI

# MYS — Malaysia (the king, Yang di-Pertuan Agong, is elected for five years among the nine rulers)
[actor] Sultan Ibrahim | Sultan Ibrahim Iskandar | Sultan Ibrahim of Johor
  note: Yang di-Pertuan Agong (King of Malaysia), Sultan of Johor
  gender: m
  role: MYS GOV 2024-01-31..
  role: MYS

# "Anwar" alone is how Malaysian news names him; full names (Anwar Gargash, Anwar Sadat) must win over it.
[actor] Anwar Ibrahim | Anwar
  note: Prime Minister of Malaysia (deputy prime minister 1993-1998, opposition leader)
  gender: m
  role: MYS GOV 2022-11-24..
  role: MYS OPP 2020-05-18..2022-11-23      # Leader of the Opposition
  role: MYS OPP 2008-08-28..2015-03-16      # Leader of the Opposition
  role: MYS GOV 1993-12-01..1998-09-02      # deputy prime minister, finance minister; date uncertain
  role: MYS

# NAM — Namibia
[actor] Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah | NNN
  note: President of Namibia (foreign minister 2012-2024, vice-president 2024-2025)
  gender: f
  role: NAM GOV 2012-12-04..                # foreign minister, vice-president from 2024-02-04, president from 2025-03-21; date uncertain
  role: NAM

[actor] Elijah Ngurare
  note: Prime Minister of Namibia
  gender: m
  role: NAM GOV 2025-03-21..
  role: NAM

# NER — Niger (military government since the coup of 2023-07-26)
[actor] Abdourahamane Tchiani | Abdourahmane Tchiani | Abdourahamane Tiani | Abdourahmane Tiani | General Tchiani | General Tiani | Tchiani | Tiani
  note: Head of the junta (CNSP) and president of Niger; commander of the presidential guard before
  gender: m
  role: NER GOV MIL 2023-07-26..
  role: NER MIL

[actor] Ali Lamine Zeine | Ali Mahaman Lamine Zeine | Lamine Zeine
  note: Prime Minister of Niger
  gender: m
  role: NER GOV 2023-08-08..
  role: NER

# NGA — Nigeria
[actor] Bola Tinubu | Bola Ahmed Tinubu | Tinubu
  note: President of Nigeria (governor of Lagos State 1999-2007)
  gender: m
  role: NGA GOV 2023-05-29..
  role: NGA GOV 1999-05-29..2007-05-29      # governor of Lagos State
  role: NGA

# NIC — Nicaragua (co-presidency since the constitutional reform of 2025)
[actor] Daniel Ortega | Daniel Ortega Saavedra | Ortega
  note: President (co-president since 2025-02-18) of Nicaragua; also head of state 1979-1990
  gender: m
  role: NIC GOV 2007-01-10..
  role: NIC OPP 1990-04-26..2007-01-09      # Sandinista leader in opposition
  role: NIC GOV 1979-07-18..1990-04-25      # junta coordinator, president from 1985
  role: NIC

[actor] Rosario Murillo
  note: Co-president of Nicaragua (vice-president 2017-2025), wife of Daniel Ortega
  gender: f
  role: NIC GOV 2017-01-10..
  role: NIC

# NLD — Netherlands
[actor] King Willem-Alexander | Willem-Alexander | King Willem-Alexander of the Netherlands
  note: King of the Netherlands
  gender: m
  role: NLD GOV 2013-04-30..
  role: NLD

[actor] Dick Schoof | Schoof
  note: Prime Minister of the Netherlands (non-partisan; head of the AIVD intelligence service 2018-2020)   # check: as known at 2025-11; caretaker after the election of 2025-10-29, which D66 (Rob Jetten) won
  gender: m
  role: NLD GOV 2024-07-02..
  role: NLD

# NOR — Norway
[actor] King Harald V | Harald V | King Harald of Norway
  note: King of Norway
  gender: m
  role: NOR GOV 1991-01-17..
  role: NOR

[actor] Jonas Gahr Støre | Jonas Gahr Store | Jonas Gahr Stoere | Støre | Gahr Støre   # not "Store" (an English word)
  note: Prime Minister of Norway (foreign minister 2005-2012; re-elected September 2025)
  gender: m
  role: NOR GOV 2021-10-14..
  role: NOR OPP 2014-06-14..2021-10-13      # Labour leader, opposition
  role: NOR GOV 2005-10-17..2013-10-16      # foreign minister, then health minister
  role: NOR

# NPL — Nepal
[actor] Ram Chandra Poudel | Ramchandra Paudel | Ram Chandra Paudel
  note: President of Nepal
  gender: m
  role: NPL GOV 2023-03-13..
  role: NPL

[actor] Sushila Karki
  note: Interim Prime Minister of Nepal after the Gen Z protests (chief justice 2016-2017)   # check: as known at 2025-12; elections set for 2026-03-05
  gender: f
  role: NPL GOV 2025-09-12..
  role: NPL JUD 2016-07-11..2017-06-06      # Chief Justice
  role: NPL

# NRU — Nauru
[actor] David Adeang | Adeang
  note: President of Nauru
  gender: m
  role: NRU GOV 2023-10-30..
  role: NRU

# NZL — New Zealand (realm)
[actor] Christopher Luxon | Chris Luxon | Luxon
  note: Prime Minister of New Zealand
  gender: m
  role: NZL GOV 2023-11-27..
  role: NZL OPP 2021-11-30..2023-11-26      # National Party leader, Leader of the Opposition
  role: NZL

# OMN — Oman (the sultan is also prime minister; Qaboos in predecessors.lex)
[actor] Haitham bin Tariq | Sultan Haitham bin Tariq | Haitham bin Tariq Al Said | Sultan Haitham | Haitham bin Tarik
  note: Sultan and Prime Minister of Oman (minister of heritage and culture 2002-2020)
  gender: m
  role: OMN GOV 2002-02-01..                # minister of heritage and culture, sultan from 2020-01-11; date uncertain
  role: OMN

# PAK — Pakistan
# "Sharif" and "Zardari" alone are not aliases (Nawaz/Shehbaz Sharif; Asif Ali/Bilawal Bhutto Zardari).
[actor] Asif Ali Zardari | Asif Zardari | President Zardari
  note: President of Pakistan (also 2008-2013; co-chairman of the PPP)
  gender: m
  role: PAK GOV 2024-03-10..
  role: PAK GOV 2008-09-09..2013-09-08
  role: PAK

[actor] Shehbaz Sharif | Shahbaz Sharif | Mian Muhammad Shehbaz Sharif
  note: Prime Minister of Pakistan (also 2022-2023; chief minister of Punjab, Leader of the Opposition 2018-2022)
  gender: m
  role: PAK GOV 2024-03-04..
  role: PAK GOV 2022-04-11..2023-08-14
  role: PAK OPP 2018-08-20..2022-04-10      # Leader of the Opposition in the National Assembly
  role: PAK GOV 2008-06-08..2018-06-07      # chief minister of Punjab; date uncertain
  role: PAK

# PAN — Panama
[actor] José Raúl Mulino | Jose Raul Mulino | Mulino
  note: President of Panama
  gender: m
  role: PAN GOV 2024-07-01..
  role: PAN

# PER — Peru
[actor] José Jerí | Jose Jeri | Jerí
  note: President of Peru (as President of Congress, after the removal of Dina Boluarte)   # check: as known at 2025-12; general elections due April 2026
  gender: m
  role: PER GOV 2025-10-10..
  role: PER LEG 2021-07-26..2025-10-09      # congressman, President of Congress from 2025-07; date uncertain
  role: PER

[actor] Dina Boluarte | Boluarte
  note: President of Peru 2022-2025 (removed by Congress 2025-10-10); vice-president before
  gender: f
  role: PER GOV 2021-07-28..2025-10-10      # vice-president, president from 2022-12-07
  role: PER

# PHL — Philippines ("Marcos" and "Duterte" alone are ambiguous)
[actor] Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos | Ferdinand Romualdez Marcos Jr. | Marcos Jr. | Marcos Jr
  note: President of the Philippines
  gender: m
  role: PHL GOV 2022-06-30..
  role: PHL

# PLW — Palau
[actor] Surangel Whipps Jr. | Surangel Whipps Jr | Surangel Whipps
  note: President of Palau
  gender: m
  role: PLW GOV 2021-01-21..
  role: PLW

# PNG — Papua New Guinea (realm)
[actor] James Marape | Marape
  note: Prime Minister of Papua New Guinea
  gender: m
  role: PNG GOV 2019-05-30..
  role: PNG

# POL — Poland
[actor] Karol Nawrocki | Nawrocki
  note: President of Poland (president of the Institute of National Remembrance 2021-2025)
  gender: m
  role: POL GOV 2021-07-23..                # IPN president (a state body), president of Poland from 2025-08-06; date uncertain
  role: POL

[actor] Donald Tusk | Tusk
  note: Prime Minister of Poland (also 2007-2014); President of the European Council 2014-2019
  gender: m
  role: POL GOV 2023-12-13..
  role: POL OPP 2021-07-03..2023-12-12      # Civic Platform leader, opposition
  role: - +EEC IGO 2014-12-01..2019-11-30   # President of the European Council
  role: POL GOV 2007-11-16..2014-09-22
  role: POL OPP 2003-06-01..2007-11-15      # Civic Platform leader, opposition; date uncertain
  role: POL

# PRK — North Korea
[actor] Kim Jong Un | Kim Jong-un | Kim Jong Eun | Kim Jong-eun
  note: Supreme Leader of North Korea (General Secretary of the Workers' Party, President of the State Affairs)
  gender: m
  role: PRK GOV 2011-12-17..
  role: PRK

[actor] Pak Thae-song | Pak Thae Song
  note: Premier of North Korea
  gender: m
  role: PRK GOV 2023-01-01..                # date uncertain
  role: PRK

# PRT — Portugal
[actor] Marcelo Rebelo de Sousa | Rebelo de Sousa
  note: President of Portugal   # check: as known at 2025-12; his second and last term ends 2026-03-09 (presidential election January-February 2026)
  gender: m
  role: PRT GOV 2016-03-09..2026-03-09
  role: PRT

[actor] António José Seguro | Antonio Jose Seguro | António Seguro | Antonio Seguro
  note: President of Portugal (Socialist Party leader 2011-2014)   # check: as known at 2026-02 (won the run-off of 2026-02-08; term from 2026-03-09)
  gender: m
  role: PRT GOV 2026-03-09..
  role: PRT OPP 2011-07-23..2014-09-28      # PS leader, opposition; date uncertain
  role: PRT

[actor] Luís Montenegro | Luis Montenegro
  note: Prime Minister of Portugal ("Montenegro" alone would match the country)
  gender: m
  role: PRT GOV 2024-04-02..
  role: PRT

# PRY — Paraguay
[actor] Santiago Peña | Santiago Pena | Santiago Peña Palacios
  note: President of Paraguay
  gender: m
  role: PRY GOV 2023-08-15..
  role: PRY

# PSE — Palestine (UN observer state; Palestinian Authority; former leaders in predecessors.lex)
[actor] Mahmoud Abbas | Abu Mazen | Abbas | Mahmud Abbas
  note: President of the Palestinian Authority (since 2005-01-15), chairman of the PLO (since 2004-11-11) and of Fatah; prime minister 2003
  gender: m
  role: PSE GOV 2004-11-11..
  role: PSE GOV 2003-04-30..2003-10-07      # prime minister
  role: PSE +FTA                            # Fatah leader

[actor] Mohammad Mustafa | Mohammed Mustafa
  note: Prime Minister of the Palestinian Authority (also foreign minister since 2024)
  gender: m
  role: PSE GOV 2024-03-31..
  role: PSE

# QAT — Qatar (former emir and prime ministers in predecessors.lex)
[actor] Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad Al Thani | Tamim bin Hamad | Sheikh Tamim | Emir Tamim | Tamim bin Hamad al-Thani
  note: Emir of Qatar (crown prince 2003-2013)
  gender: m
  role: QAT GOV 2003-08-05..                # crown prince, emir from 2013-06-25
  role: QAT

[actor] Mohammed bin Abdulrahman Al Thani | Sheikh Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman | Mohammed bin Abdulrahman al-Thani | Sheikh Mohammed bin Abdulrahman | Mohamed bin Abdulrahman Al Thani
  note: Prime Minister (since 2023-03-07) and Foreign Minister (since 2016-01-27) of Qatar
  gender: m
  role: QAT GOV 2016-01-27..
  role: QAT

# ROU — Romania
[actor] Nicușor Dan | Nicusor Dan | Nicuşor Dan
  note: President of Romania (mayor of Bucharest 2020-2025)
  gender: m
  role: ROU GOV 2025-05-26..
  role: ROU

[actor] Ilie Bolojan | Bolojan
  note: Prime Minister of Romania (interim president 2025-02-12..2025-05-26 as President of the Senate)
  gender: m
  role: ROU GOV 2025-06-23..
  role: ROU GOV 2025-02-12..2025-05-26      # interim president
  role: ROU

# RUS — Russia (former presidents and prime ministers, incl. Medvedev, in predecessors.lex)
[actor] Vladimir Putin | Putin | Vladimir Vladimirovich Putin | Vladimir V. Putin
  note: President of Russia (2000-2008 and since 2012); prime minister 1999-2000 and 2008-2012
  gender: m
  role: RUS GOV 2012-05-07..                # president
  role: RUS GOV 2008-05-08..2012-05-06      # prime minister
  role: RUS GOV 2000-05-07..2008-05-07      # president
  role: RUS GOV 1999-08-09..2000-05-06      # prime minister, acting president from 1999-12-31
  role: RUS SPY 1998-07-25..1999-08-08      # director of the FSB
  role: RUS

[actor] Mikhail Mishustin | Mishustin
  note: Prime Minister of Russia (head of the Federal Tax Service 2010-2020)
  gender: m
  role: RUS GOV 2010-04-06..                # tax service head, prime minister from 2020-01-16
  role: RUS

# RWA — Rwanda
[actor] Paul Kagame | Kagame
  note: President of Rwanda (vice-president and defence minister 1994-2000; RPF commander)
  gender: m
  role: RWA GOV 2000-03-24..                # acting president, sworn in 2000-04-22
  role: RWA GOV MIL 1994-07-19..2000-03-23  # vice-president and defence minister
  role: RWA

[actor] Justin Nsengiyumva
  note: Prime Minister of Rwanda   # check: as known at 2025-08; date uncertain
  gender: m
  role: RWA GOV 2025-07-23..
  role: RWA

# SAU — Saudi Arabia (Kings Fahd and Abdullah in predecessors.lex)
# No bare "bin Salman": Khalid bin Salman (defence minister) and other sons of the king.
[actor] King Salman | Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | King Salman bin Abdulaziz | King Salman bin Abdulaziz Al Saud | Salman bin Abdulaziz al-Saud
  note: King of Saudi Arabia (prime minister until 2022); defence minister 2011-2015, governor of Riyadh 1963-2011
  gender: m
  role: SAU GOV 2015-01-23..
  role: SAU GOV MIL 2011-11-05..2015-01-22  # defence minister (crown prince from 2012-06-18)
  role: SAU GOV ..2011-11-04                # governor of Riyadh province
  role: SAU

[actor] Mohammed bin Salman | Mohammad bin Salman | Muhammad bin Salman | Mohammed bin Salman Al Saud | Crown Prince Mohammed bin Salman | Prince Mohammed bin Salman | MBS
  note: Crown Prince (since 2017-06-21) and Prime Minister (since 2022-09-27) of Saudi Arabia; defence minister 2015-2022
  gender: m
  role: SAU GOV 2022-09-27..
  role: SAU GOV MIL 2015-01-23..2022-09-26  # defence minister, deputy then crown prince
  role: SAU

# SDN — Sudan (military government; war with the Rapid Support Forces since 2023-04-15)
[actor] Abdel Fattah al-Burhan | Abdel Fattah Burhan | Abdel-Fattah al-Burhan | Abdelfattah al-Burhan | General Abdel Fattah al-Burhan | al-Burhan | Burhan
  note: Chairman of the Transitional Sovereignty Council and army commander-in-chief
  gender: m
  role: SDN GOV MIL 2019-04-12..            # chairman of the Transitional Military Council, then of the Sovereignty Council (2019-08-21)
  role: SDN MIL

[actor] Kamil Idris | Kamil Eltayeb Idris | Kamal Idris
  note: Prime Minister of Sudan (appointed by al-Burhan; former director-general of WIPO)   # date uncertain
  gender: m
  role: SDN GOV 2025-05-19..
  role: SDN

# The RSF was a state paramilitary force until its war with the army (2023-04-15); after that it is an armed group
# not tied to the recognised state (UAF), even with its 2025 parallel "government".
[actor] Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Mohammed Hamdan Dagalo | Hemedti | Hemeti | Hemetti
  note: Commander of the Rapid Support Forces; deputy chairman of the Sovereignty Council 2019-2023
  gender: m
  role: SDN UAF 2023-04-15..
  role: SDN GOV MIL 2019-04-13..2023-04-14  # deputy chairman of the TMC and of the Sovereignty Council (removed 2023-05-19)
  role: SDN MIL

# SEN — Senegal
[actor] Bassirou Diomaye Faye | Diomaye Faye | Bassirou Diomaye Diakhar Faye
  note: President of Senegal
  gender: m
  role: SEN GOV 2024-04-02..
  role: SEN OPP ..2024-04-01                # PASTEF opposition (secretary-general)
  role: SEN

[actor] Ousmane Sonko | Sonko
  note: Prime Minister of Senegal (PASTEF leader, opposition leader until 2024)
  gender: m
  role: SEN GOV 2024-04-02..
  role: SEN OPP ..2024-04-01
  role: SEN

# SGP — Singapore
[actor] Tharman Shanmugaratnam | Tharman
  note: President of Singapore (deputy prime minister 2011-2019, senior minister 2019-2023)
  gender: m
  role: SGP GOV 2001-01-01..                # minister from 2003 (date uncertain), president from 2023-09-14
  role: SGP

[actor] Lawrence Wong
  note: Prime Minister of Singapore (finance minister, deputy prime minister before)
  gender: m
  role: SGP GOV 2011-05-21..                # minister of state, minister (2014-), prime minister from 2024-05-15; date uncertain
  role: SGP

# SLB — Solomon Islands (realm)
[actor] Jeremiah Manele | Manele
  note: Prime Minister of the Solomon Islands (foreign minister 2019-2024)
  gender: m
  role: SLB GOV 2024-05-02..
  role: SLB

# SLE — Sierra Leone
[actor] Julius Maada Bio | Maada Bio
  note: President of Sierra Leone (head of the military junta January-March 1996)
  gender: m
  role: SLE GOV 2018-04-04..
  role: SLE GOV MIL 1996-01-16..1996-03-29  # junta leader
  role: SLE

# SLV — El Salvador
[actor] Nayib Bukele | Bukele | Nayib Armando Bukele
  note: President of El Salvador (second term from 2024-06-01)
  gender: m
  role: SLV GOV 2019-06-01..
  role: SLV

# SMR — San Marino: the two Captains Regent (joint heads of state) change every six months, on 1 April and 1 October; the Secretary of State for Foreign and Political Affairs is the de facto head of government.
[actor] Matteo Rossi
  note: Captain Regent of San Marino (2025-10-01..2026-04-01)   # check: as known at 2025-12; the pair that took office on 2026-04-01 is not known to the author
  gender: m
  role: SMR GOV 2025-10-01..2026-04-01
  role: SMR

[actor] Lorenzo Bugli
  note: Captain Regent of San Marino (2025-10-01..2026-04-01)   # check: as known at 2025-12; the pair that took office on 2026-04-01 is not known to the author
  gender: m
  role: SMR GOV 2025-10-01..2026-04-01
  role: SMR

[actor] Luca Beccari
  note: Secretary of State for Foreign and Political Affairs of San Marino, the de facto head of government
  gender: m
  role: SMR GOV 2020-01-08..                # date uncertain
  role: SMR

# SOM — Somalia
[actor] Hassan Sheikh Mohamud | Hassan Sheikh Mohamoud | Hassan Sheikh
  note: President of Somalia (also 2012-2017)
  gender: m
  role: SOM GOV 2022-05-23..                # elected 2022-05-15, sworn in 2022-06-09; date uncertain
  role: SOM GOV 2012-09-16..2017-02-16
  role: SOM

[actor] Hamza Abdi Barre | Hamse Abdi Barre | Hamza Barre
  note: Prime Minister of Somalia
  gender: m
  role: SOM GOV 2022-06-25..
  role: SOM

# SRB — Serbia
[actor] Aleksandar Vučić | Aleksandar Vucic | Vučić | Vucic
  note: President of Serbia (prime minister 2014-2017; defence minister 2012-2013)
  gender: m
  role: SRB GOV 2017-05-31..
  role: SRB GOV 2014-04-27..2017-05-30      # prime minister
  role: SRB GOV MIL 2012-07-27..2013-09-02  # first deputy prime minister and defence minister; date uncertain
  role: SRB

[actor] Đuro Macut | Djuro Macut | Duro Macut | Macut
  note: Prime Minister of Serbia (endocrinologist, non-partisan)
  gender: m
  role: SRB GOV 2025-04-16..
  role: SRB

# SSD — South Sudan
[actor] Salva Kiir | Salva Kiir Mayardit | Kiir
  note: President of South Sudan (president of the autonomous region from 2005)
  gender: m
  role: SSD GOV 2011-07-09..
  role: SSD GOV 2005-08-11..2011-07-08      # president of the Government of Southern Sudan (SDN at the time, coded SSD here)
  role: SSD

[actor] Riek Machar | Riek Machar Teny | Machar
  note: First Vice-President of South Sudan (SPLM-IO leader); under house arrest from March 2025 and charged, suspended from office in September 2025   # check: as known at 2025-10
  gender: m
  role: SSD GOV 2020-02-22..2025-09-11      # first vice-president; end date uncertain
  role: SSD REB 2016-07-26..2020-02-21      # SPLM-IO armed opposition; date uncertain
  role: SSD GOV 2016-04-26..2016-07-25      # first vice-president
  role: SSD REB 2013-12-16..2016-04-25      # SPLM-IO rebellion
  role: SSD

# STP — São Tomé and Príncipe (Patrice Trovoada was dismissed on 2025-01-06; Ilza Amado Vaz was appointed and replaced within days)
[actor] Carlos Vila Nova | Vila Nova
  note: President of São Tomé and Príncipe
  gender: m
  role: STP GOV 2021-10-02..
  role: STP

[actor] Américo Ramos | Americo Ramos
  note: Prime Minister of São Tomé and Príncipe (finance minister 2008-2010)   # check: as known at 2025-12
  gender: m
  role: STP GOV 2025-01-14..                # date uncertain
  role: STP

# SUR — Suriname
[actor] Jennifer Geerlings-Simons | Jennifer Simons | Geerlings-Simons
  note: President of Suriname (speaker of the National Assembly 2010-2020)
  gender: f
  role: SUR GOV 2025-07-16..
  role: SUR

# SVK — Slovakia
[actor] Peter Pellegrini | Pellegrini
  note: President of Slovakia (prime minister 2018-2020, speaker 2023-2024)
  gender: m
  role: SVK GOV 2024-06-15..
  role: SVK LEG 2023-10-25..2024-06-14      # speaker of the National Council; date uncertain
  role: SVK GOV 2018-03-22..2020-03-21      # prime minister
  role: SVK

[actor] Robert Fico | Fico
  note: Prime Minister of Slovakia (also 2006-2010 and 2012-2018)
  gender: m
  role: SVK GOV 2023-10-25..
  role: SVK OPP 2018-03-23..2023-10-24      # Smer leader, opposition from 2020
  role: SVK GOV 2012-04-04..2018-03-22
  role: SVK OPP 2010-07-09..2012-04-03
  role: SVK GOV 2006-07-04..2010-07-08
  role: SVK

# SVN — Slovenia
[actor] Nataša Pirc Musar | Natasa Pirc Musar | Pirc Musar
  note: President of Slovenia
  gender: f
  role: SVN GOV 2022-12-23..
  role: SVN

[actor] Robert Golob | Golob
  note: Prime Minister of Slovenia   # check: as known at 2025-12; parliamentary election due in 2026
  gender: m
  role: SVN GOV 2022-06-01..
  role: SVN

# SWE — Sweden
[actor] King Carl XVI Gustaf | Carl XVI Gustaf | King Carl Gustaf
  note: King of Sweden
  gender: m
  role: SWE GOV 1973-09-15..
  role: SWE

[actor] Ulf Kristersson | Kristersson
  note: Prime Minister of Sweden
  gender: m
  role: SWE GOV 2022-10-18..
  role: SWE OPP 2017-10-01..2022-10-17      # Moderate Party leader, opposition
  role: SWE

# SWZ — Eswatini
[actor] King Mswati III | Mswati III | Mswati
  note: King of Eswatini
  gender: m
  role: SWZ GOV 1986-04-25..
  role: SWZ

[actor] Russell Mmiso Dlamini | Russell Dlamini
  note: Prime Minister of Eswatini
  gender: m
  role: SWZ GOV 2023-11-03..
  role: SWZ

# SYC — Seychelles
[actor] Patrick Herminie | Herminie
  note: President of Seychelles (United Seychelles; won the October 2025 runoff against Wavel Ramkalawan)   # check: as known at 2025-10
  gender: m
  role: SYC GOV 2025-10-26..
  role: SYC OPP 2020-10-26..2025-10-25      # United Seychelles in opposition after losing power in 2020
  role: SYC

# SYR — Syria (Assad-era leaders in predecessors.lex)
# Al-Sharaa led al-Qaeda's Syrian branch (Jabhat al-Nusra, until it broke with al-Qaeda on 2016-07-28), then
# Hayat Tahrir al-Sham (UAF), which toppled Assad on 2024-12-08; president from 2025-01-29.
[actor] Ahmed al-Sharaa | Ahmad al-Sharaa | Ahmed al-Shara | Ahmed al-Shara'a | al-Sharaa | Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Julani | Abu Mohammed al-Julani | Abu Mohammad al-Jawlani | Abu Muhammad al-Jawlani | al-Jolani | al-Julani | al-Jawlani | Jolani | Julani
  note: President of Syria (de facto leader from 2024-12-08, president from 2025-01-29); formerly leader of Nusra Front and HTS
  gender: m
  role: SYR GOV 2024-12-08..
  role: SYR UAF 2016-07-28..2024-12-07      # Jabhat Fateh al-Sham / Hayat Tahrir al-Sham
  role: SYR +ALQ UAF 2012-01-23..2016-07-27 # Jabhat al-Nusra, al-Qaeda's affiliate
  role: SYR

# TCD — Chad
[actor] Mahamat Idriss Déby | Mahamat Idriss Deby | Mahamat Déby | Mahamat Deby | Mahamat Idriss Déby Itno | Mahamat Kaka
  note: President of Chad (head of the Transitional Military Council after his father's death, elected in 2024)
  gender: m
  role: TCD GOV 2024-05-23..
  role: TCD GOV MIL 2021-04-20..2024-05-22  # Transitional Military Council, transitional president
  role: TCD MIL

[actor] Allamaye Halina
  note: Prime Minister of Chad
  gender: m
  role: TCD GOV 2024-05-23..
  role: TCD

# TGO — Togo (parliamentary system since 2025-05-03: the President of the Council of Ministers is head of government)
[actor] Faure Gnassingbé | Faure Gnassingbe | Faure Essozimna Gnassingbé | Gnassingbé | Gnassingbe
  note: President of the Council of Ministers of Togo (since 2025-05-03); President of Togo 2005-2025
  gender: m
  role: TGO GOV 2005-02-05..                # president from 2005 (installed by the army 2005-02-05, elected, sworn in 2005-05-04), then President of the Council
  role: TGO

[actor] Jean-Lucien Savi de Tové | Jean-Lucien Savi de Tove | Savi de Tové
  note: President of Togo (ceremonial, elected by parliament)
  gender: m
  role: TGO GOV 2025-05-03..
  role: TGO

# THA — Thailand
[actor] King Vajiralongkorn | Vajiralongkorn | Maha Vajiralongkorn | King Maha Vajiralongkorn | Rama X | King Rama X
  note: King of Thailand
  gender: m
  role: THA GOV 2016-10-13..
  role: THA

[actor] Anutin Charnvirakul | Anutin
  note: Prime Minister of Thailand (Bhumjaithai leader; deputy prime minister and interior/health minister before)   # check: as known at 2025-12; he dissolved parliament in December 2025 for early elections
  gender: m
  role: THA GOV 2025-09-07..
  role: THA GOV 2019-07-10..2025-06-19      # deputy prime minister (health, then interior minister); date uncertain
  role: THA

[actor] Paetongtarn Shinawatra | Paetongtarn | Ung Ing
  note: Prime Minister of Thailand 2024-2025 (suspended 2025-07-01, removed by the Constitutional Court 2025-08-29); daughter of Thaksin Shinawatra
  gender: f
  role: THA GOV 2024-08-16..2025-08-29
  role: THA

# TJK — Tajikistan
[actor] Emomali Rahmon | Emomali Rahmonov | Rahmon
  note: President of Tajikistan (head of state since 1992-11-19)
  gender: m
  role: TJK GOV 1992-11-19..
  role: TJK

[actor] Kokhir Rasulzoda | Qohir Rasulzoda | Rasulzoda
  note: Prime Minister of Tajikistan
  gender: m
  role: TJK GOV 2013-11-23..
  role: TJK

# TKM — Turkmenistan (the president is also head of government; no bare "Berdimuhamedow": father and son)
[actor] Serdar Berdimuhamedow | Serdar Berdimuhamedov | Serdar Berdymukhamedov
  note: President of Turkmenistan
  gender: m
  role: TKM GOV 2021-02-10..                # deputy prime minister from 2021, president from 2022-03-19; date uncertain
  role: TKM

[actor] Gurbanguly Berdimuhamedow | Gurbanguly Berdimuhamedov | Gurbanguly Berdymukhamedov
  note: Chairman of the Halk Maslahaty ("National Leader"); President of Turkmenistan 2006-2022
  gender: m
  role: TKM GOV 2006-12-21..                # president until 2022-03-19, then chairman of the upper house / People's Council
  role: TKM

# TLS — Timor-Leste
[actor] José Ramos-Horta | Jose Ramos-Horta | Ramos-Horta | Ramos Horta
  note: President of Timor-Leste (also 2007-2012; prime minister 2006-2007)
  gender: m
  role: TLS GOV 2022-05-20..
  role: TLS GOV 2002-05-20..2012-05-20      # foreign minister, prime minister 2006-07-10, president 2007-05-20
  role: TLS

[actor] Xanana Gusmão | Xanana Gusmao | Xanana | Kay Rala Xanana Gusmão
  note: Prime Minister of Timor-Leste (also 2007-2015; first president 2002-2007)
  gender: m
  role: TLS GOV 2023-07-01..
  role: TLS GOV 2002-05-20..2015-02-16      # president, then prime minister from 2007-08-08
  role: TLS

# TON — Tonga
[actor] King Tupou VI | Tupou VI | King Tupou VI of Tonga
  note: King of Tonga
  gender: m
  role: TON GOV 2012-03-18..
  role: TON

[actor] Aisake Eke | Aisake Valu Eke
  note: Prime Minister of Tonga   # check: as known at 2025-10; general election held in November 2025; date uncertain
  gender: m
  role: TON GOV 2024-12-24..
  role: TON

# TTO — Trinidad and Tobago
[actor] Christine Kangaloo
  note: President of Trinidad and Tobago
  gender: f
  role: TTO GOV 2023-03-20..
  role: TTO

[actor] Kamla Persad-Bissessar | Persad-Bissessar
  note: Prime Minister of Trinidad and Tobago (also 2010-2015; Leader of the Opposition in between)
  gender: f
  role: TTO GOV 2025-05-01..
  role: TTO OPP 2015-09-23..2025-04-30      # Leader of the Opposition; date uncertain
  role: TTO GOV 2010-05-26..2015-09-09
  role: TTO

# TUN — Tunisia (former presidents and prime ministers in predecessors.lex)
[actor] Kais Saied | Kaïs Saïed | Kais Said | Qais Saied | Saied
  note: President of Tunisia (rules by decree since 2021-07-25)
  gender: m
  role: TUN GOV 2019-10-23..
  role: TUN

[actor] Sarra Zaafrani Zenzri | Sara Zaafrani Zenzri | Sarra Zaafrani
  note: Prime Minister of Tunisia (equipment minister before)
  gender: f
  role: TUN GOV 2025-03-21..
  role: TUN

# TUR — Turkey (Türkiye); former presidents and prime ministers in predecessors.lex
[actor] Recep Tayyip Erdoğan | Recep Tayyip Erdogan | Tayyip Erdoğan | Tayyip Erdogan | Erdoğan | Erdogan
  note: President of Turkey (since 2014-08-28; head of government too since 2018); prime minister 2003-2014
  gender: m
  role: TUR GOV 2003-03-14..                # prime minister 2003-03-14..2014-08-28, president since
  role: TUR GOV 1994-03-27..1998-11-06      # mayor of Istanbul; date uncertain
  role: TUR

# TUV — Tuvalu (realm)
[actor] Feleti Teo
  note: Prime Minister of Tuvalu
  gender: m
  role: TUV GOV 2024-02-26..
  role: TUV

# TZA — Tanzania
[actor] Samia Suluhu Hassan | Samia Suluhu | Samia Hassan
  note: President of Tanzania (vice-president 2015-2021; declared re-elected in the contested October 2025 election)
  gender: f
  role: TZA GOV 2015-11-05..                # vice-president, president from 2021-03-19
  role: TZA

[actor] Mwigulu Nchemba | Mwigulu Lameck Nchemba
  note: Prime Minister of Tanzania (finance minister before)   # check: as known at 2025-11; date uncertain
  gender: m
  role: TZA GOV 2025-11-13..
  role: TZA

# UGA — Uganda
[actor] Yoweri Museveni | Yoweri Kaguta Museveni | Museveni
  note: President of Uganda (in January 2026 elections; his son Muhoozi Kainerugaba is army chief: give him his full name)
  gender: m
  role: UGA GOV 1986-01-29..
  role: UGA

[actor] Robinah Nabbanja | Nabbanja
  note: Prime Minister of Uganda
  gender: f
  role: UGA GOV 2021-06-21..
  role: UGA

# UKR — Ukraine
[actor] Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Volodymyr Zelenskyi | Zelensky | Zelenskyy | Zelenskiy | Zelenskyi | Volodymyr Oleksandrovych Zelenskyy
  note: President of Ukraine
  gender: m
  role: UKR GOV 2019-05-20..
  role: UKR

[actor] Yulia Svyrydenko | Yuliia Svyrydenko | Svyrydenko
  note: Prime Minister of Ukraine (first deputy prime minister and economy minister 2021-2025)
  gender: f
  role: UKR GOV 2019-09-01..                # deputy head of the presidential office, minister from 2021, prime minister from 2025-07-17; date uncertain
  role: UKR

# URY — Uruguay
[actor] Yamandú Orsi | Yamandu Orsi | Orsi
  note: President of Uruguay
  gender: m
  role: URY GOV 2025-03-01..
  role: URY

# USA — United States (former presidents in predecessors.lex)
# Trump out of office 2021-2025: coded OPP (the leading figure of the party out of power, and its candidate).
[actor] Donald Trump | Donald J. Trump | Donald John Trump | Trump | President Trump
  note: President of the United States (45th, 2017-2021; 47th, since 2025-01-20)
  gender: m
  role: USA GOV 2025-01-20..
  role: USA OPP 2021-01-21..2025-01-19
  role: USA GOV 2017-01-20..2021-01-20
  role: USA

# UZB — Uzbekistan
[actor] Shavkat Mirziyoyev | Shavkat Mirziyoev | Mirziyoyev | Mirziyoev
  note: President of Uzbekistan (prime minister 2003-2016)
  gender: m
  role: UZB GOV 2003-12-12..                # prime minister, acting president 2016-09-08, president from 2016-12-14
  role: UZB

[actor] Abdulla Aripov | Aripov
  note: Prime Minister of Uzbekistan
  gender: m
  role: UZB GOV 2016-12-14..
  role: UZB

# VCT — Saint Vincent and the Grenadines (realm)
[actor] Godwin Friday
  note: Prime Minister of Saint Vincent and the Grenadines (NDP leader; won the election of 2025-11-27)   # check: as known at 2025-12; date uncertain
  gender: m
  role: VCT GOV 2025-11-28..
  role: VCT OPP 2016-11-26..2025-11-27      # Leader of the Opposition; date uncertain
  role: VCT

[actor] Ralph Gonsalves | Gonsalves
  note: Prime Minister of Saint Vincent and the Grenadines 2001-2025
  gender: m
  role: VCT GOV 2001-03-29..2025-11-28
  role: VCT

# VEN — Venezuela
# check: the author's latest information (early January 2026) is that Maduro was seized by US forces on 2026-01-03
# and that Vice-President Delcy Rodríguez became acting president; verify before relying on these ranges.
[actor] Nicolás Maduro | Nicolas Maduro | Maduro | Nicolás Maduro Moros
  note: President of Venezuela from 2013 (acting from 2013-03-05); foreign minister 2006-2013
  gender: m
  role: VEN GOV 2006-08-09..2026-01-03      # foreign minister, vice-president 2012-10-13, president from 2013-03-05
  role: VEN

[actor] Delcy Rodríguez | Delcy Rodriguez | Delcy Eloína Rodríguez
  note: Executive Vice-President of Venezuela (since 2018-06-14), acting president from 2026-01-03 (see Maduro); foreign minister 2014-2017
  gender: f
  role: VEN GOV 2013-10-01..                # minister (communication, foreign affairs 2014-12-26..2017-06-21), vice-president, acting president; date uncertain
  role: VEN

# VNM — Vietnam
[actor] To Lam | Tô Lâm
  note: General Secretary of the Communist Party of Vietnam (since 2024-08-03); President 2024-05-22..2024-10-21; public security minister 2016-2024
  gender: m
  role: VNM GOV 2016-04-09..                # minister of public security (police), then president and party leader; date uncertain
  role: VNM

[actor] Luong Cuong | Lương Cường
  note: President of Vietnam (army general)
  gender: m
  role: VNM GOV 2024-10-21..
  role: VNM MIL

[actor] Pham Minh Chinh | Phạm Minh Chính
  note: Prime Minister of Vietnam   # check: as known at 2025-12; the National Assembly elected in 2026 appoints the next government
  gender: m
  role: VNM GOV 2021-04-05..
  role: VNM

# VUT — Vanuatu
[actor] Nikenike Vurobaravu
  note: President of Vanuatu
  gender: m
  role: VUT GOV 2022-07-23..
  role: VUT

[actor] Jotham Napat | Napat
  note: Prime Minister of Vanuatu
  gender: m
  role: VUT GOV 2025-02-11..
  role: VUT

# WSM — Samoa
[actor] Tuimalealiifano Vaaletoa Sualauvi II | Tuimaleali'ifano Va'aletoa Sualauvi II | Tuimalealiifano Sualauvi II
  note: O le Ao o le Malo (head of state) of Samoa
  gender: m
  role: WSM GOV 2017-07-21..
  role: WSM

[actor] La'auli Leuatea Schmidt | Laauli Leuatea Schmidt | La'auli Schmidt
  note: Prime Minister of Samoa (FAST leader after the August 2025 election)   # check: as known at 2025-09; date uncertain
  gender: m
  role: WSM GOV 2025-09-16..
  role: WSM

# YEM — Yemen (internationally recognised government, in Aden; Houthi authorities in Sanaa; former leaders in predecessors.lex)
[actor] Rashad al-Alimi | Rashad Muhammad al-Alimi | Rashad al-Olaimi | al-Alimi | Alimi
  note: Chairman of the Presidential Leadership Council of Yemen (interior minister 2001-2008)
  gender: m
  role: YEM GOV 2022-04-07..
  role: YEM

[actor] Salem bin Breik | Salem Saleh bin Braik | Salem bin Braik
  note: Prime Minister of Yemen (finance minister before)   # date uncertain
  gender: m
  role: YEM GOV 2025-05-03..
  role: YEM

# The Houthis (Ansar Allah) are coded YEM REB: a rebel movement controlling the capital, not the recognised government.
[actor] Abdul-Malik al-Houthi | Abdulmalik al-Houthi | Abdel-Malek al-Houthi | Abdul Malik al-Houthi | Abdulmalik Badruldeen al-Houthi
  note: Leader of the Houthi movement (Ansar Allah)
  gender: m
  role: YEM REB 2004-09-10..
  role: YEM REB

[actor] Mahdi al-Mashat | Mahdi al-Mashhat | Mahdi Mashat
  note: President of the Houthi Supreme Political Council (Sanaa)
  gender: m
  role: YEM REB 2018-04-25..
  role: YEM REB

# ZAF — South Africa (former presidents in predecessors.lex)
[actor] Cyril Ramaphosa | Matamela Cyril Ramaphosa | Ramaphosa
  note: President of South Africa (deputy president 2014-2018; ANC leader since 2017-12-18)
  gender: m
  role: ZAF GOV 2014-05-26..                # deputy president, president from 2018-02-15
  role: ZAF

# ZMB — Zambia
[actor] Hakainde Hichilema | Hichilema
  note: President of Zambia (UPND leader, long-time opposition leader)
  gender: m
  role: ZMB GOV 2021-08-24..
  role: ZMB OPP 2006-07-01..2021-08-23      # UPND leader; date uncertain
  role: ZMB

# ZWE — Zimbabwe
[actor] Emmerson Mnangagwa | Emmerson Dambudzo Mnangagwa | Mnangagwa
  note: President of Zimbabwe (vice-president 2014-2017, long-time minister, including defence 2009-2013)
  gender: m
  role: ZWE GOV 2017-11-24..
  role: ZWE GOV 2014-12-12..2017-11-06      # vice-president
  role: ZWE

# EEC — European Union (not a UN member). EU office-holders are coded "- +EEC IGO": no country, the
# EU known group, and IGO (the EU is an intergovernmental/supranational organisation, not a state: GOV
# would wrongly make it a national government).  Former presidents in predecessors.lex.
[actor] Ursula von der Leyen | von der Leyen
  note: President of the European Commission (since 2019-12-01); German defence minister 2013-2019
  gender: f
  role: - +EEC IGO 2019-12-01..
  role: DEU GOV MIL 2013-12-17..2019-07-17  # federal defence minister
  role: DEU GOV 2005-11-22..2013-12-16      # family, then labour minister
  role: DEU

[actor] António Costa | Antonio Costa
  note: President of the European Council (since 2024-12-01); Prime Minister of Portugal 2015-2024
  gender: m
  role: - +EEC IGO 2024-12-01..
  role: PRT GOV 2015-11-26..2024-04-02      # prime minister
  role: PRT
