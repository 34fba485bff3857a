package dk.samspil.platform.activity.timeline;

/** What a group of municipalities did together with the other levels: concerns, gatherings and pilot projects. */
public record CooperationFigures(ConcernFigures concerns, GatheringFigures gatherings, PilotFigures pilots) {
}
