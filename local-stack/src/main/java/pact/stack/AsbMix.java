package pact.stack;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The kinds of ASB the demo's recent reports and warnings are drawn from, in the shares of
 * {@code /demo/asb-mix.csv}. police.uk's published ASB rows name no type, so the mix is an
 * assumption of the demo, not data. Hate incidents are left out on purpose: each one opens an
 * ASB case review in reports-service, which demo data should not do.
 */
final class AsbMix {
    /** One kind; a kind with warning text is one a Community Protection Warning is given for. */
    record Kind(String category, String qualifier, double share, String description, String warningConduct,
            String warningRequirement) {
        boolean warnable() {
            return !warningConduct.isBlank();
        }
    }

    private final List<Kind> kinds;

    private AsbMix(List<Kind> kinds) {
        this.kinds = kinds;
    }

    static AsbMix load() {
        return new AsbMix(DemoData.readLines("/demo/asb-mix.csv").stream().map(line -> line.split(",", -1))
                .map(f -> new Kind(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4], f[5])).toList());
    }

    Kind draw(RandomGenerator random) {
        return DemoRandom.pick(kinds, Kind::share, random);
    }

    Kind drawWarnable(RandomGenerator random) {
        return DemoRandom.pick(kinds.stream().filter(Kind::warnable).toList(), Kind::share, random);
    }
}
