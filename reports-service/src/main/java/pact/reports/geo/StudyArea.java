package pact.reports.geo;

import java.util.Locale;
import java.util.function.BiPredicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Which grid cells make up the study area of a hotspot map: the n of Gi*, the A of PAI and the
 * cells a report can fall in (reports in other cells are not counted). The borough is grown by
 * {@code bufferMetres} first (0: the published boundary).
 */
public record StudyArea(Rule rule, double bufferMetres) {

    /** How a cell must meet the (buffered) borough to be in. */
    public enum Rule {
        /** Any part of the cell touches the borough: edge cells are in, so no report in the borough is lost. */
        TOUCHING_BOROUGH("cells with any part in"),
        /** The cell's centre lies in the borough: about as much area outside as in is left out. */
        CENTRE_IN_BOROUGH("cells whose centre lies in"),
        /** The whole cell lies in the borough: no area outside, but reports in edge cells are not counted. */
        INSIDE_BOROUGH("cells wholly inside");

        private final String words;

        Rule(String words) {
            this.words = words;
        }

        /** The rule as configured and echoed, such as {@code touching-borough}. */
        public String setting() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public StudyArea {
        if (!(bufferMetres >= 0)) {
            throw new IllegalArgumentException("the study area's buffer must be 0 or more metres");
        }
    }

    /** Today's rule: every cell touching the borough's published boundary. */
    public static StudyArea standard() {
        return new StudyArea(Rule.TOUCHING_BOROUGH, 0);
    }

    /** Says whether the {@code cellSize} cell with this lower-left corner (grid metres) is in the area. */
    public BiPredicate<Double, Double> admits(Geometry borough, double cellSize) {
        Geometry area = bufferMetres > 0 ? borough.buffer(bufferMetres) : borough;
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        GeometryFactory factory = area.getFactory();
        return (x, y) -> switch (rule) {
            case TOUCHING_BOROUGH -> prepared.intersects(factory.toGeometry(
                    new Envelope(new Coordinate(x, y), new Coordinate(x + cellSize, y + cellSize))));
            case CENTRE_IN_BOROUGH -> prepared.covers(factory.createPoint(
                    new Coordinate(x + cellSize / 2, y + cellSize / 2)));
            case INSIDE_BOROUGH -> prepared.covers(factory.toGeometry(
                    new Envelope(new Coordinate(x, y), new Coordinate(x + cellSize, y + cellSize))));
        };
    }

    /** Such as "cells with any part in Westminster (its 2022 wards), no buffer". */
    public String describe(String boroughName) {
        return rule.words + " " + boroughName + (bufferMetres > 0
                ? " grown by " + (bufferMetres == Math.rint(bufferMetres) ? String.valueOf((long) bufferMetres)
                        : String.valueOf(bufferMetres)) + " m" : ", no buffer");
    }
}
