package dk.samspil.nationalassociation.annualreport.query;

import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.timeline.ConcernFigures;
import dk.samspil.platform.activity.timeline.CooperationFigures;
import dk.samspil.platform.activity.timeline.GatheringFigures;

import java.util.List;

/**
 * One police district's year (or the country's).
 *
 * @param initiativesRegistered   initiatives registered in the year
 * @param atYearEnd               the district's activity figures at the end of the year
 * @param concerns                raised, escalated and escalated to the district in the year; open at the end
 * @param gatherings              gatherings held in the district in the year, and participants from its municipalities
 * @param pilotMunicipalities     municipalities invited to or taking part in national projects at the end of the year
 * @param pilotProjects           the names of those projects
 */
public record DistrictChapter(String code, String name, long initiativesRegistered, ActivityTotals atYearEnd,
                              ConcernFigures concerns, GatheringFigures gatherings, long pilotMunicipalities,
                              List<String> pilotProjects) {

    public DistrictChapter {
        pilotProjects = List.copyOf(pilotProjects);
    }

    static DistrictChapter of(String code, String name, ActivityTotals before, CooperationFigures cooperationBefore,
                              ActivityTotals after, CooperationFigures cooperationAfter, List<String> pilotProjects) {
        return new DistrictChapter(code, name, after.initiatives().initiatives() - before.initiatives().initiatives(),
                after, cooperationAfter.concerns().minus(cooperationBefore.concerns()),
                cooperationAfter.gatherings().minus(cooperationBefore.gatherings()),
                cooperationAfter.pilots().municipalities(), pilotProjects);
    }
}
