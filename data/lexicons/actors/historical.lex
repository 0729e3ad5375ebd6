# Leaders, officials and armed-group leaders of the 1980s-1990s (or whose
# best-known roles ended before 2000) who are still common in archival
# newswire: the CAMEO manual's examples, Reuters 1987, the 1990s Balkans,
# West Africa and Middle East; bin Laden and al-Zarqawi, missing elsewhere.
# Format and conventions as in predecessors.lex (dated roles, fallback
# `role: ISO3`, surnames alone only when distinctive).  People in office
# after 2000 are in predecessors.lex or heads.lex; a few who held office on
# both sides of 2000 and were missing there are here (Powell, Straw,
# Kostunica, Aristide), as are leaders after 2000 named in the manual's
# examples whose countries predecessors.lex does not cover (Arroyo,
# Parvanov).

# ARG — Argentina
[actor] Carlos Menem | Carlos Saúl Menem | Carlos Saul Menem | Menem
  note: President of Argentina 1989-1999 (died 2021)
  gender: m
  role: ARG GOV 1989-07-08..1999-12-10
  role: ARG

# BGR — Bulgaria
[actor] Todor Zhivkov | Zhivkov
  note: Communist leader of Bulgaria 1954-1989 (head of state from 1971)
  gender: m
  role: BGR GOV 1954-03-04..1989-11-10
  role: BGR

[actor] Georgi Parvanov | Georgi Purvanov | Parvanov | Purvanov
  note: President of Bulgaria 2002-2012 (Socialist Party leader 1996-2001)
  gender: m
  role: BGR GOV 2002-01-22..2012-01-22
  role: BGR

# DEU — Germany (West Germany)
[actor] Willy Brandt
  note: Mayor of West Berlin 1957-1966; foreign minister 1966-1969; Chancellor of West Germany 1969-1974
  gender: m
  role: DEU GOV 1966-12-01..1974-05-07
  role: DEU

# DZA — Algeria
[actor] Ahmed Ben Bella | Ben Bella
  note: First Prime Minister (1962) and President (1963-1965) of Algeria; deposed 1965-06-19
  gender: m
  role: DZA GOV 1962-09-27..1965-06-19
  role: DZA

# GRC — Greece (no bare "Papandreou": Georgios, Andreas, George)
[actor] Andreas Papandreou
  note: Prime Minister of Greece 1981-1989 and 1993-1996
  gender: m
  role: GRC GOV 1981-10-21..1989-07-02
  role: GRC GOV 1993-10-13..1996-01-22
  role: GRC

# GBR — United Kingdom (no bare "Straw")
[actor] Jack Straw
  note: Home Secretary 1997-2001, Foreign Secretary 2001-2006, Leader of the House 2006-2007, Justice Secretary 2007-2010
  gender: m
  role: GBR GOV 1997-05-02..2010-05-11
  role: GBR

# GMB — The Gambia
[actor] Dawda Jawara | Sir Dawda Jawara | Dawda Kairaba Jawara | Jawara
  note: Prime Minister 1962-1970, President of the Gambia 1970-1994 (deposed 1994-07-22)
  gender: m
  role: GMB GOV 1962-06-12..1994-07-22      # date uncertain (start)
  role: GMB

# HTI — Haiti
[actor] Jean-Bertrand Aristide | Aristide
  note: President of Haiti 1991 (in exile after the coup of 1991-09-30 until 1994-10-15), 1994-1996, 2001-2004
  gender: m
  role: HTI GOV 1991-02-07..1996-02-07
  role: HTI GOV 2001-02-07..2004-02-29
  role: HTI

[actor] Prosper Avril
  note: Military ruler (President) of Haiti 1988-1990
  gender: m
  role: HTI GOV 1988-09-17..1990-03-10
  role: HTI

# KGZ — Kyrgyzstan
[actor] Askar Akayev | Askar Akaev | Akayev | Akaev
  note: President of Kyrgyzstan 1990-2005, ousted in March 2005
  gender: m
  role: KGZ GOV 1990-10-27..2005-04-11      # resignation accepted by parliament
  role: KGZ

# KEN — Kenya (no bare "Moi")
[actor] Daniel arap Moi | arap Moi
  note: Vice-president 1967-1978, President of Kenya 1978-2002
  gender: m
  role: KEN GOV 1967-01-05..2002-12-30      # date uncertain (start)
  role: KEN

# LBN — Lebanon (no bare "Gemayel": Bashir, Pierre, Amin)
[actor] Amin Gemayel
  note: President of Lebanon 1982-1988
  gender: m
  role: LBN GOV 1982-09-23..1988-09-22
  role: LBN

[actor] Elias Hrawi | Elias Hraoui | Hrawi | Hraoui
  note: President of Lebanon 1989-1998
  gender: m
  role: LBN GOV 1989-11-24..1998-11-24
  role: LBN

# LBR — Liberia
[actor] Charles Taylor | Charles Ghankay Taylor
  note: Leader of the NPFL rebels 1989-1997; President of Liberia 1997-2003
  gender: m
  role: LBR REB 1989-12-24..1997-08-01
  role: LBR GOV 1997-08-02..2003-08-11
  role: LBR

# MAR — Morocco (no bare "Hassan")
[actor] Hassan II | King Hassan | King Hassan II
  note: King of Morocco 1961-1999
  gender: m
  role: MAR GOV 1961-02-26..1999-07-23
  role: MAR

# PHL — Philippines (no bare "Arroyo")
[actor] Gloria Macapagal Arroyo | Gloria Macapagal-Arroyo | Gloria Arroyo | Macapagal Arroyo | Macapagal-Arroyo
  note: President of the Philippines 2001-2010; member of the House of Representatives from 2010 (Speaker 2018-2019)
  gender: f
  role: PHL GOV 2001-01-20..2010-06-30
  role: PHL LEG 2010-07-01..2019-06-30      # date uncertain
  role: PHL

# PSE — Palestine
[actor] Saeb Erakat | Saeb Erekat | Erakat | Erekat
  note: Chief Palestinian (PLO) negotiator from the 1990s; died 2020-11-10
  gender: m
  role: PSE GOV

# SRB — Serbia (FR Yugoslavia)
[actor] Vojislav Kostunica | Vojislav Koštunica | Kostunica | Koštunica
  note: President of FR Yugoslavia 2000-2003; Prime Minister of Serbia 2004-2008
  gender: m
  role: SRB GOV 2000-10-07..2003-03-07
  role: SRB GOV 2004-03-03..2008-07-07
  role: SRB

[actor] Slobodan Milosevic | Slobodan Milošević | Milosevic | Milošević
  note: President of Serbia 1989-1997, of FR Yugoslavia 1997-2000; died in custody in The Hague 2006
  gender: m
  role: SRB GOV 1989-05-08..2000-10-07
  role: SRB

[actor] Zoran Djindjic | Zoran Đinđić | Djindjic | Đinđić
  note: Prime Minister of Serbia 2001-2003 (assassinated 2003-03-12)
  gender: m
  role: SRB GOV 2001-01-25..2003-03-12
  role: SRB

[actor] Vojislav Seselj | Vojislav Šešelj | Seselj | Šešelj
  note: Leader of the Serbian Radical Party from 1991; deputy prime minister of Serbia 1998-2000
  gender: m
  role: SRB GOV 1998-03-24..2000-10-24      # date uncertain
  role: SRB

# SWE — Sweden
[actor] Carl Bildt
  note: Prime Minister of Sweden 1991-1994; international envoy in the Balkans 1995-2001; foreign minister 2006-2014
  gender: m
  role: SWE GOV 1991-10-04..1994-10-07
  role: SWE GOV 2006-10-06..2014-10-03
  role: SWE

# TUR — Turkey
[actor] Abdullah Ocalan | Abdullah Öcalan | Ocalan | Öcalan
  note: Founder and leader of the PKK; imprisoned in Turkey since 1999-02-15
  gender: m
  role: TUR REB

# UGA — Uganda
[actor] Idi Amin | Idi Amin Dada
  note: Military ruler (President) of Uganda 1971-1979
  gender: m
  role: UGA GOV 1971-01-25..1979-04-11
  role: UGA

# USA — United States (no bare "Powell")
[actor] Ronald Reagan | Ronald Wilson Reagan | Reagan
  note: Governor of California 1967-1975; President of the United States 1981-1989
  gender: m
  role: USA GOV 1967-01-02..1975-01-06      # governor of California
  role: USA GOV 1981-01-20..1989-01-20
  role: USA

[actor] Colin Powell | Colin L. Powell
  note: Chairman of the Joint Chiefs of Staff 1989-1993; Secretary of State 2001-2005
  gender: m
  role: USA MIL 1989-10-01..1993-09-30
  role: USA GOV 2001-01-20..2005-01-26
  role: USA

[actor] Paul Nitze | Paul H. Nitze
  note: US arms-control negotiator (INF talks 1981-1984) and presidential adviser
  gender: m
  role: USA GOV 1981-01-20..1989-01-20      # date uncertain
  role: USA

# Organisations' officials
[actor] Chadli Klibi | Chedli Klibi | Klibi
  note: Secretary-General of the Arab League 1979-1990 (Tunisian)
  gender: m
  role: - +ARL IGO 1979-06-28..1990-09-03   # date uncertain
  role: TUN

[actor] Osama bin Laden | Usama bin Laden | Osama bin Ladin | Usama bin Ladin | bin Laden
  note: Founder and leader of al-Qaeda; killed 2011-05-02
  gender: m
  role: - +ALQ UAF

[actor] Abu Musab al-Zarqawi | al-Zarqawi | Zarqawi
  note: Leader of al-Qaeda in Iraq; killed 2006-06-07
  gender: m
  role: IRQ +ALQ UAF
