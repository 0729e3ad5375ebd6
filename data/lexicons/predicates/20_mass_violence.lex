# CAMEO root 20: USE UNCONVENTIONAL MASS VIOLENCE.
#
# 200 mass violence (residual), 201 mass expulsion, 202 mass killings
# (incl. genocide, massacres), 203 ethnic cleansing, 204 weapons of mass
# destruction (2041 chemical / biological / radiological, 2042 nuclear).
#
# CAMEO relies on the reporter's terminology here: "massacre", "genocide",
# "ethnic cleansing", "mass expulsion" are coded as such; an accusation of
# genocide is 1124 (11_disapprove.lex), not 202.  Nuclear and missile TESTS
# are 150 (15_force_posture.lex): 2042 needs a target.

# ---------------------------------------------------------------------------
# 201 Mass expulsion
# ---------------------------------------------------------------------------

[verb] expel | drive out | force out | push out | uproot | displace | forcibly displace | forcibly transfer | deport | evict | depopulate | chase out | banish
  201  * $ETHNIC_GROUP from _ ; modal=1383                 # "drove the Rohingya from their villages"
  201  * thousand of TARGET ; conf=0.8 modal=1383       # "expelled thousands of Palestinians"
  201  * hundred of TARGET ; conf=0.8 modal=1383
  201  * million of TARGET ; modal=1383
  201  * population of _ ; conf=0.8 modal=1383         # "expelled the entire population of the town"

[verb] depopulate
  201  * $TERRITORY ; conf=0.8 modal=1383               # "depopulated the villages"
  201  * $TERRITORY of TARGET ; modal=1383

[noun] mass expulsion | mass deportation | forced displacement | forcible displacement | forced expulsion | forcible transfer | forced transfer | population transfer | forced migration | forced evacuation | mass eviction | mass displacement | displacement | exodus | uprooting | depopulation | nakba
  201  SOURCE * of $ETHNIC_GROUP ; modal=1383             # "Myanmar's expulsion of the Rohingya"
  201  SOURCE * of TARGET ; conf=0.7 modal=1383
  201  * of TARGET by SOURCE ; conf=0.7 modal=1383
  201  SOURCE * of thousand of TARGET ; modal=1383
  201  SOURCE * of hundred of TARGET ; modal=1383

# ---------------------------------------------------------------------------
# 202 Mass killings
# ---------------------------------------------------------------------------

[verb] massacre | slaughter | exterminate
  202  * TARGET ; modal=1383                              # "the militia massacred villagers"
  202  * thousand of TARGET ; modal=1383
  202  * hundred of TARGET ; modal=1383
  202  * dozen of TARGET ; conf=0.8 modal=1383

[verb] kill | execute | murder | shoot
  202  * thousand of TARGET ; modal=1383                  # "killed thousands of civilians"
  202  * TARGET in $MASS_KILLING ; modal=1383             # "killed 300 villagers in a massacre"

[noun] massacre | mass killing | mass murder | slaughter | genocide | extermination | mass execution | bloodbath | carnage | pogrom | killing spree | holocaust | annihilation
  202  SOURCE * of TARGET ; modal=1383                     # "the Serb massacre of Bosnian Muslims"
  202  * of TARGET by SOURCE ; modal=1383
  202  SOURCE * against TARGET ; modal=1383               # "genocide against the Rohingya"
  202  * against TARGET by SOURCE ; modal=1383
  202  SOURCE * in TARGET ; conf=0.6 modal=1383         # "the army's massacre in Srebrenica"
  202  SOURCE * of thousand of TARGET ; modal=1383
  202  SOURCE * of hundred of TARGET ; modal=1383

[verb] commit | perpetrate | carry out | conduct | orchestrate | wage | unleash
  202  * $MASS_KILLING against TARGET ; modal=1383        # "perpetrated genocide against the Yazidis"
  202  * $MASS_KILLING of TARGET ; modal=1383
  202  * $MASS_KILLING in TARGET ; conf=0.6 modal=1383
  203  * $ETHNIC_CLEANSING against TARGET ; modal=1383     # "carried out ethnic cleansing against"
  203  * $ETHNIC_CLEANSING of TARGET ; modal=1383
  203  * $ETHNIC_CLEANSING in TARGET ; conf=0.6 modal=1383
  2041 * $CHEMICAL_ATTACK on TARGET ; modal=1385
  2041 * $CHEMICAL_ATTACK against TARGET ; modal=1385
  2041 * $CHEMICAL_ATTACK in TARGET ; conf=0.6 modal=1385

# ---------------------------------------------------------------------------
# 203 Ethnic cleansing
# ---------------------------------------------------------------------------

[verb] ethnically cleanse | cleanse
  203  * TARGET ; conf=0.8 modal=1383                   # "Serb forces ethnically cleansed the area"
  203  * $TERRITORY of $ETHNIC_GROUP ; modal=1383
  203  * $TERRITORY of TARGET ; modal=1383
  203  * TARGET from _ ; modal=1383

[noun] ethnic cleansing | ethnic purge | ethnic purging | ethnic expulsion | ethnic killing | demographic engineering
  203  SOURCE * of TARGET ; modal=1383                      # "the ethnic cleansing of the Rohingya"
  203  * of TARGET by SOURCE ; modal=1383
  203  SOURCE * against TARGET ; modal=1383
  203  * against TARGET by SOURCE ; modal=1383
  203  SOURCE * in TARGET ; conf=0.6 modal=1383
  203  SOURCE * of $TERRITORY ; modal=1383

[noun] campaign | policy | operation | war
  # "a campaign of ethnic cleansing against the Rohingya"
  203  SOURCE * of $ETHNIC_CLEANSING against TARGET ; modal=1383
  203  SOURCE * of $ETHNIC_CLEANSING in TARGET ; conf=0.6 modal=1383
  202  SOURCE * of $MASS_KILLING against TARGET ; modal=1383

# ---------------------------------------------------------------------------
# 204 Weapons of mass destruction (2041, 2042)
# ---------------------------------------------------------------------------

[verb] use | employ | drop | fire | launch | unleash | release | spray
  2041 * $CHEMICAL_WEAPONS against TARGET ; modal=1385     # "used chemical weapons against civilians"
  2041 * $CHEMICAL_WEAPONS on TARGET ; modal=1385           # "dropped chlorine on Douma"
  2041 * $CHEMICAL_WEAPONS in TARGET ; conf=0.7 modal=1385
  2041 * $CHEMICAL_WEAPONS ; modal=1385
  2042 * $NUCLEAR_WEAPONS against TARGET ; modal=1385       # "used a nuclear weapon against"
  2042 * $NUCLEAR_WEAPONS on TARGET ; modal=1385            # "dropped an atomic bomb on Hiroshima"
  204  * $WMD_GENERIC against TARGET ; modal=1385
  204  * $WMD_GENERIC on TARGET ; modal=1385

[verb] gas
  2041 * TARGET ; conf=0.8 modal=1385                    # "the regime gassed the Kurds"
  2041 * TARGET with $CHEMICAL_WEAPONS ; modal=1385

[verb] attack | strike | bomb | shell | hit | target | kill | bombard | poison
  2041 * TARGET with $CHEMICAL_WEAPONS ; modal=1385         # "attacked the town with sarin"
  2042 * TARGET with $NUCLEAR_WEAPONS ; modal=1385          # "struck Hiroshima with an atomic bomb"
  204  * TARGET with $WMD_GENERIC ; modal=1385

[verb] detonate | explode | set off
  2042 * $NUCLEAR_WEAPONS over TARGET ; modal=1385          # "detonated a nuclear weapon over ..."
  2042 * $NUCLEAR_WEAPONS on TARGET ; modal=1385
  2042 * $NUCLEAR_WEAPONS against TARGET ; modal=1385
  2041 * $DIRTY_BOMB in TARGET ; conf=0.8 modal=1385     # "set off a dirty bomb in the city"
  2041 * $DIRTY_BOMB ; modal=1385

[verb] nuke
  2042 * TARGET ; modal=1385

[noun] chemical attack | chemical weapons attack | gas attack | poison gas attack | sarin attack | chlorine attack | nerve agent attack | nerve gas attack | mustard gas attack | toxic gas attack | chemical strike | biological attack | bioterror attack | bioterrorism | anthrax attack | radiological attack | dirty bomb attack | chemical warfare | biological warfare | germ warfare
  2041 SOURCE * on TARGET ; modal=1385                     # "the Syrian regime's chemical attack on Ghouta"
  2041 * on TARGET by SOURCE ; modal=1385
  2041 SOURCE * against TARGET ; modal=1385
  2041 * against TARGET by SOURCE ; modal=1385
  2041 SOURCE * in TARGET ; conf=0.6 modal=1385
  2041 SOURCE * targeting TARGET ; modal=1385
  2041 SOURCE * of TARGET ; conf=0.7 modal=1385
  2041 * of TARGET by SOURCE ; conf=0.7 modal=1385

[noun] nuclear attack | nuclear strike | atomic bombing | nuclear bombing | nuclear explosion | atomic attack | nuclear detonation | atomic strike | nuclear war | nuclear holocaust
  2042 SOURCE * on TARGET ; modal=1385                     # "the atomic bombing of Hiroshima" (on/of)
  2042 * on TARGET by SOURCE ; modal=1385
  2042 SOURCE * against TARGET ; modal=1385
  2042 * against TARGET by SOURCE ; modal=1385
  2042 SOURCE * of TARGET ; modal=1385
  2042 * of TARGET by SOURCE ; modal=1385
  2042 SOURCE * targeting TARGET ; modal=1385

[noun] use
  2041 SOURCE * of $CHEMICAL_WEAPONS against TARGET ; modal=1385  # "Syria's use of chemical weapons against civilians"
  2041 SOURCE * of $CHEMICAL_WEAPONS on TARGET ; modal=1385
  2041 SOURCE * of $CHEMICAL_WEAPONS in TARGET ; conf=0.6 modal=1385
  2042 SOURCE * of $NUCLEAR_WEAPONS against TARGET ; modal=1385
  2042 SOURCE * of $NUCLEAR_WEAPONS on TARGET ; modal=1385
  204  SOURCE * of $WMD_GENERIC against TARGET ; modal=1385

# ---------------------------------------------------------------------------
# 200 Unconventional mass violence (residual)
# ---------------------------------------------------------------------------

[noun] mass violence | mass atrocity | mass atrocity crime | scorched-earth campaign | reign of terror | starvation campaign | man-made famine | extermination campaign
  200  SOURCE * against TARGET ; modal=1383                 # "crimes against humanity against the Uighurs"
  200  * against TARGET by SOURCE ; modal=1383
  200  SOURCE * of TARGET ; modal=1383
  200  * of TARGET by SOURCE ; modal=1383
  200  SOURCE * in TARGET ; conf=0.6 modal=1383

[verb] starve
  200  * TARGET ; conf=0.7 modal=1383                     # "starved the population of Gaza into submission"
  200  * TARGET into submission ; modal=1383
  200  * TARGET to death ; modal=1383

[verb] use | employ | wage
  200  * starvation as weapon against TARGET ; modal=1383
  200  * starvation as weapon ; modal=1383
  200  * $SCORCHED_EARTH against TARGET ; modal=1383
  200  * $SCORCHED_EARTH ; conf=0.8 modal=1383
