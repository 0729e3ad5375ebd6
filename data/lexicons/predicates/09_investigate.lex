# CAMEO root 09 -- INVESTIGATE (090-094).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Non-covert investigations that are being or have been carried out.  The
# code follows what is investigated: crime and corruption 091, human rights
# abuses 092, military action 093, war crimes 094; 090 otherwise.  By the
# codebook the (alleged) perpetrator is the target ("probed abuses by the
# militia" -> target the militia).  Locations ("abuses in Xinjiang") are a
# weaker stand-in for the perpetrator and carry a lower confidence.
# Demands for an investigation are 101 (roots 10-20), accusations 112x.

# ---------------------------------------------------------------------------
# "investigated / probed / looked into X"
# ---------------------------------------------------------------------------

[verb] investigate | probe | look into | inquire into | enquire into | examine | scrutinize | scrutinise
  # The object is what is investigated; the perpetrator is the target.
  094  * TARGET for $WAR_CRIME
  094  * TARGET over $WAR_CRIME
  094  * TARGET in connection with $WAR_CRIME
  094  * TARGET on suspicion of $WAR_CRIME
  094  * TARGET about $WAR_CRIME
  092  * TARGET for $ABUSE
  092  * TARGET over $ABUSE
  092  * TARGET in connection with $ABUSE
  092  * TARGET on suspicion of $ABUSE
  092  * TARGET about $ABUSE
  093  * TARGET for $MILITARY_ACTION
  093  * TARGET over $MILITARY_ACTION
  093  * TARGET in connection with $MILITARY_ACTION
  093  * TARGET on suspicion of $MILITARY_ACTION
  093  * TARGET about $MILITARY_ACTION
  091  * TARGET for $CRIME
  091  * TARGET over $CRIME
  091  * TARGET in connection with $CRIME
  091  * TARGET on suspicion of $CRIME
  091  * TARGET about $CRIME
  091  * TARGET on suspicion of _ ; conf=0.8
  091  * TARGET in connection with _ ; conf=0.8
  090  * TARGET over _ ; conf=0.7
  090  * TARGET for _ ; conf=0.7
  090  * TARGET ; conf=0.7
  094  * $WAR_CRIME by TARGET
  094  * $WAR_CRIME committed by TARGET
  094  * $WAR_CRIME blamed on TARGET
  094  * $WAR_CRIME TARGET ; conf=0.8
  094  * $ACCUSATION of $WAR_CRIME by TARGET
  094  * $ACCUSATION of $WAR_CRIME against TARGET
  094  * $WAR_CRIME in TARGET ; conf=0.6
  094  * $WAR_CRIME ; conf=0.8
  092  * $ABUSE by TARGET
  092  * $ABUSE committed by TARGET
  092  * $ABUSE blamed on TARGET
  092  * $ABUSE TARGET ; conf=0.8
  092  * $ACCUSATION of $ABUSE by TARGET
  092  * $ACCUSATION of $ABUSE against TARGET
  092  * $ABUSE in TARGET ; conf=0.6
  092  * $ABUSE ; conf=0.8
  093  * $MILITARY_ACTION by TARGET
  093  * $MILITARY_ACTION committed by TARGET
  093  * $MILITARY_ACTION blamed on TARGET
  093  * $MILITARY_ACTION TARGET ; conf=0.8
  093  * $ACCUSATION of $MILITARY_ACTION by TARGET
  093  * $ACCUSATION of $MILITARY_ACTION against TARGET
  093  * $MILITARY_ACTION in TARGET ; conf=0.6
  093  * $MILITARY_ACTION ; conf=0.8
  091  * $CRIME by TARGET
  091  * $CRIME committed by TARGET
  091  * $CRIME blamed on TARGET
  091  * $CRIME TARGET ; conf=0.8
  091  * $ACCUSATION of $CRIME by TARGET
  091  * $ACCUSATION of $CRIME against TARGET
  091  * $CRIME in TARGET ; conf=0.6
  091  * $CRIME ; conf=0.8
  090  * $ACCUSATION against TARGET
  090  * conduct of TARGET ; conf=0.8
  090  * role of TARGET ; conf=0.8
  090  * role TARGET ; conf=0.8
  090  * $RESPONSIBILITY of TARGET ; conf=0.8
  090  * _ of TARGET ; conf=0.6

[verb] inquire | enquire | dig | delve
  # "inquired into the killing", "dug into the allegations"
  094  * into $WAR_CRIME by TARGET
  094  * into $WAR_CRIME committed by TARGET
  094  * into $WAR_CRIME blamed on TARGET
  094  * into $WAR_CRIME TARGET ; conf=0.8
  094  * into $ACCUSATION of $WAR_CRIME by TARGET
  094  * into $ACCUSATION of $WAR_CRIME against TARGET
  094  * into $WAR_CRIME in TARGET ; conf=0.6
  094  * into $WAR_CRIME ; conf=0.8
  092  * into $ABUSE by TARGET
  092  * into $ABUSE committed by TARGET
  092  * into $ABUSE blamed on TARGET
  092  * into $ABUSE TARGET ; conf=0.8
  092  * into $ACCUSATION of $ABUSE by TARGET
  092  * into $ACCUSATION of $ABUSE against TARGET
  092  * into $ABUSE in TARGET ; conf=0.6
  092  * into $ABUSE ; conf=0.8
  093  * into $MILITARY_ACTION by TARGET
  093  * into $MILITARY_ACTION committed by TARGET
  093  * into $MILITARY_ACTION blamed on TARGET
  093  * into $MILITARY_ACTION TARGET ; conf=0.8
  093  * into $ACCUSATION of $MILITARY_ACTION by TARGET
  093  * into $ACCUSATION of $MILITARY_ACTION against TARGET
  093  * into $MILITARY_ACTION in TARGET ; conf=0.6
  093  * into $MILITARY_ACTION ; conf=0.8
  091  * into $CRIME by TARGET
  091  * into $CRIME committed by TARGET
  091  * into $CRIME blamed on TARGET
  091  * into $CRIME TARGET ; conf=0.8
  091  * into $ACCUSATION of $CRIME by TARGET
  091  * into $ACCUSATION of $CRIME against TARGET
  091  * into $CRIME in TARGET ; conf=0.6
  091  * into $CRIME ; conf=0.8
  090  * into $ACCUSATION against TARGET
  090  * into conduct of TARGET ; conf=0.8
  090  * into role of TARGET ; conf=0.8
  090  * into role TARGET ; conf=0.8
  090  * into $RESPONSIBILITY of TARGET ; conf=0.8
  090  * into _ of TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# Nouns: "launched an investigation into", "the UN inquiry into"
# ---------------------------------------------------------------------------

[noun] investigation | inquiry | enquiry | probe | inquest | review | examination | audit | criminal investigation | fact-finding mission | commission of inquiry | independent inquiry | independent investigation | hearing | post-mortem | autopsy | forensic examination | investigative mission
  # The source is the possessor / modifier ("a UN inquiry") or the
  # subject of the light verb ("Iraq opened an investigation").
  094  SOURCE * into $WAR_CRIME by TARGET
  094  SOURCE * into $WAR_CRIME committed by TARGET
  094  SOURCE * into $WAR_CRIME blamed on TARGET
  094  SOURCE * into $WAR_CRIME TARGET ; conf=0.8
  094  SOURCE * into $ACCUSATION of $WAR_CRIME by TARGET
  094  SOURCE * into $ACCUSATION of $WAR_CRIME against TARGET
  094  SOURCE * into $WAR_CRIME in TARGET ; conf=0.6
  094  SOURCE * into $WAR_CRIME ; conf=0.8
  092  SOURCE * into $ABUSE by TARGET
  092  SOURCE * into $ABUSE committed by TARGET
  092  SOURCE * into $ABUSE blamed on TARGET
  092  SOURCE * into $ABUSE TARGET ; conf=0.8
  092  SOURCE * into $ACCUSATION of $ABUSE by TARGET
  092  SOURCE * into $ACCUSATION of $ABUSE against TARGET
  092  SOURCE * into $ABUSE in TARGET ; conf=0.6
  092  SOURCE * into $ABUSE ; conf=0.8
  093  SOURCE * into $MILITARY_ACTION by TARGET
  093  SOURCE * into $MILITARY_ACTION committed by TARGET
  093  SOURCE * into $MILITARY_ACTION blamed on TARGET
  093  SOURCE * into $MILITARY_ACTION TARGET ; conf=0.8
  093  SOURCE * into $ACCUSATION of $MILITARY_ACTION by TARGET
  093  SOURCE * into $ACCUSATION of $MILITARY_ACTION against TARGET
  093  SOURCE * into $MILITARY_ACTION in TARGET ; conf=0.6
  093  SOURCE * into $MILITARY_ACTION ; conf=0.8
  091  SOURCE * into $CRIME by TARGET
  091  SOURCE * into $CRIME committed by TARGET
  091  SOURCE * into $CRIME blamed on TARGET
  091  SOURCE * into $CRIME TARGET ; conf=0.8
  091  SOURCE * into $ACCUSATION of $CRIME by TARGET
  091  SOURCE * into $ACCUSATION of $CRIME against TARGET
  091  SOURCE * into $CRIME in TARGET ; conf=0.6
  091  SOURCE * into $CRIME ; conf=0.8
  090  SOURCE * into $ACCUSATION against TARGET
  090  SOURCE * into conduct of TARGET ; conf=0.8
  090  SOURCE * into role of TARGET ; conf=0.8
  090  SOURCE * into role TARGET ; conf=0.8
  090  SOURCE * into $RESPONSIBILITY of TARGET ; conf=0.8
  090  SOURCE * into _ of TARGET ; conf=0.6
  094  SOURCE * of $WAR_CRIME by TARGET
  094  SOURCE * of $WAR_CRIME committed by TARGET
  094  SOURCE * of $WAR_CRIME blamed on TARGET
  094  SOURCE * of $WAR_CRIME TARGET ; conf=0.8
  094  SOURCE * of $ACCUSATION of $WAR_CRIME by TARGET
  094  SOURCE * of $ACCUSATION of $WAR_CRIME against TARGET
  094  SOURCE * of $WAR_CRIME in TARGET ; conf=0.6
  094  SOURCE * of $WAR_CRIME ; conf=0.8
  092  SOURCE * of $ABUSE by TARGET
  092  SOURCE * of $ABUSE committed by TARGET
  092  SOURCE * of $ABUSE blamed on TARGET
  092  SOURCE * of $ABUSE TARGET ; conf=0.8
  092  SOURCE * of $ACCUSATION of $ABUSE by TARGET
  092  SOURCE * of $ACCUSATION of $ABUSE against TARGET
  092  SOURCE * of $ABUSE in TARGET ; conf=0.6
  092  SOURCE * of $ABUSE ; conf=0.8
  093  SOURCE * of $MILITARY_ACTION by TARGET
  093  SOURCE * of $MILITARY_ACTION committed by TARGET
  093  SOURCE * of $MILITARY_ACTION blamed on TARGET
  093  SOURCE * of $MILITARY_ACTION TARGET ; conf=0.8
  093  SOURCE * of $ACCUSATION of $MILITARY_ACTION by TARGET
  093  SOURCE * of $ACCUSATION of $MILITARY_ACTION against TARGET
  093  SOURCE * of $MILITARY_ACTION in TARGET ; conf=0.6
  093  SOURCE * of $MILITARY_ACTION ; conf=0.8
  091  SOURCE * of $CRIME by TARGET
  091  SOURCE * of $CRIME committed by TARGET
  091  SOURCE * of $CRIME blamed on TARGET
  091  SOURCE * of $CRIME TARGET ; conf=0.8
  091  SOURCE * of $ACCUSATION of $CRIME by TARGET
  091  SOURCE * of $ACCUSATION of $CRIME against TARGET
  091  SOURCE * of $CRIME in TARGET ; conf=0.6
  091  SOURCE * of $CRIME ; conf=0.8
  090  SOURCE * of $ACCUSATION against TARGET
  090  SOURCE * of conduct of TARGET ; conf=0.8
  090  SOURCE * of role of TARGET ; conf=0.8
  090  SOURCE * of role TARGET ; conf=0.8
  090  SOURCE * of $RESPONSIBILITY of TARGET ; conf=0.8
  090  SOURCE * of _ of TARGET ; conf=0.6
  090  SOURCE * into TARGET ; conf=0.8
  090  SOURCE * against TARGET
  090  SOURCE * on TARGET ; conf=0.7

[verb] open | launch | begin | start | conduct | carry out | order | announce | set up | establish | hold | initiate | pursue | step up | widen | expand | reopen
  # "ordered an investigation into the killings": light verbs in case the
  # noun is not reached through its governor.
  090  * $INVESTIGATION into _ by TARGET
  094  * $INVESTIGATION into $WAR_CRIME commit by TARGET  # "into alleged crimes committed by Croat forces"
  092  * $INVESTIGATION into $ABUSE commit by TARGET
  091  * $INVESTIGATION into $CRIME commit by TARGET
  094  * $INVESTIGATION into $WAR_CRIME by TARGET
  092  * $INVESTIGATION into $ABUSE by TARGET
  091  * $INVESTIGATION into $CRIME by TARGET
  090  * $INVESTIGATION into TARGET ; conf=0.8
  090  * $INVESTIGATION against TARGET
  094  * $INVESTIGATION into $WAR_CRIME
  092  * $INVESTIGATION into $ABUSE
  093  * $INVESTIGATION into $MILITARY_ACTION
  091  * $INVESTIGATION into $CRIME
  090  * $INVESTIGATION ; conf=0.7

# ---------------------------------------------------------------------------
# Investigative acts
# ---------------------------------------------------------------------------

[verb] question | interrogate | quiz | grill | depose | subpoena
  # Police and prosecutors questioning people (091).  "questioned the
  # decision" has no actor object and does not match.
  091  * TARGET over $CRIME
  091  * TARGET about $CRIME
  091  * TARGET in connection with _
  091  * TARGET on suspicion of _
  091  * suspect ; conf=0.8
  091  * TARGET ; conf=0.7

[verb] search | comb
  # Searches of premises in an inquiry.  (Raids are 17x/19x.)
  091  * home of TARGET ; conf=0.7
  091  * home TARGET ; conf=0.7
  091  * office of TARGET ; conf=0.7
  091  * office TARGET ; conf=0.7
  091  * headquarters of TARGET ; conf=0.6
  091  * headquarters TARGET ; conf=0.6

[verb] document | monitor | record | catalogue | catalog | chronicle | track | verify | substantiate | corroborate
  # Monitors and rights groups documenting abuses (092, 094).
  094  * $WAR_CRIME by TARGET
  094  * $WAR_CRIME TARGET ; conf=0.8
  092  * $ABUSE by TARGET
  092  * $ABUSE TARGET ; conf=0.8
  093  * $MILITARY_ACTION by TARGET ; conf=0.8
  093  * violation of ceasefire by TARGET

[verb] gather | collect | compile | seek | examine | analyze | analyse | unearth | uncover
  # "collected evidence of war crimes by Russian forces"
  094  * evidence of $WAR_CRIME by TARGET
  094  * evidence of $WAR_CRIME
  092  * evidence of $ABUSE by TARGET
  092  * evidence of $ABUSE
  091  * evidence of $CRIME by TARGET
  091  * evidence against TARGET
  090  * evidence on _ of TARGET ; conf=0.7

[verb] inspect | visit | tour
  # Inspections (inspectors' side; the host's side is 0862).
  090  * facility of TARGET
  090  * facility TARGET
  090  * site in TARGET ; conf=0.8

[verb] exhume
  # Exhuming mass graves for evidence.
  094  * grave in TARGET ; conf=0.6
  094  * victim of TARGET ; conf=0.6

[noun] inspection | verification | monitoring | inspection visit
  # "IAEA inspections of Iranian sites"
  090  SOURCE * of facility TARGET
  090  SOURCE * of site TARGET
  090  SOURCE * of _ of TARGET ; conf=0.7
  090  SOURCE * in TARGET ; conf=0.7

