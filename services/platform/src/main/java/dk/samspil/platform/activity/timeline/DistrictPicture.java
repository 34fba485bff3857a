package dk.samspil.platform.activity.timeline;

import dk.samspil.platform.activity.DistrictActivity;

/** A police district at the moment of a picture: its municipalities' activity, and its cooperation figures. */
public record DistrictPicture(DistrictActivity activity, CooperationFigures cooperation) {
}
