package pact.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Where ASB happened in Westminster by the real police.uk records of 2018: the spatial pattern
 * that the demo's recent reports and notices follow, so that today's hotspots are where the
 * real ones were. Each record is a place to draw from, so busy places are drawn as often as
 * they were reported.
 */
final class PoliceUkPattern {
    /** A place, with police.uk's street description when it has one. */
    record Place(double lat, double lon, String address) {
        /** The place moved by a random few metres (a normal scatter of the given spread), as GPS and jitter do. */
        Place scattered(double metres, RandomGenerator random) {
            double north = random.nextGaussian() * metres;
            double east = random.nextGaussian() * metres;
            return new Place(lat + north / METRES_PER_DEGREE_LAT,
                    lon + east / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat))), address);
        }
    }

    /** police.uk snaps records to anonymised points; moving a drawn place by a few metres keeps them from stacking. */
    static final double JITTER_METRES = 12;
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    private final List<Place> places;

    private PoliceUkPattern(List<Place> places) {
        if (places.isEmpty()) {
            throw new StackFailure("No police.uk records to draw the demo's places from");
        }
        this.places = places;
    }

    /**
     * The six months in the repository's data/police-uk when the stack runs from a clone; otherwise
     * the June file packaged with the launcher. Files are read in name order, so draws are reproducible.
     */
    static PoliceUkPattern load(Path root) {
        Path folder = root.resolve("data/police-uk");
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-westminster-asb.csv"))
                        .sorted().toList()) {
                    Files.readAllLines(file).stream().skip(1).forEach(lines::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (lines.isEmpty()) {
            lines.addAll(DemoData.readLines(DemoData.POLICE_UK_JUNE_2018));
        }
        return new PoliceUkPattern(lines.stream().map(PoliceUkPattern::place).filter(p -> p != null).toList());
    }

    /**
     * A street CSV row (Crime ID, Month, Reported by, Falls within, Longitude, Latitude, Location,
     * LSOA code, LSOA name, ...; police.uk quotes nothing here), or null for a row without a place or
     * outside Westminster: the Met's records include a few from neighbouring boroughs, which
     * reports-service would refuse.
     */
    private static Place place(String line) {
        String[] f = line.split(",", -1);
        if (f.length < 9 || f[4].isBlank() || f[5].isBlank() || !f[8].startsWith("Westminster")) {
            return null;
        }
        return new Place(Double.parseDouble(f[5]), Double.parseDouble(f[4]), f[6]);
    }

    Place draw(RandomGenerator random) {
        return places.get(random.nextInt(places.size())).scattered(JITTER_METRES, random);
    }
}
