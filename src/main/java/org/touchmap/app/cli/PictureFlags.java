package org.touchmap.app.cli;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import picocli.CommandLine.Option;

import java.util.stream.Collectors;

/** The options of a picture export besides its size: background, legend, one chain, emotion strip. */
final class PictureFlags {
    @Option(names = "--transparent", description = "leave the background transparent (PNG) instead of white")
    private boolean transparent;

    @Option(names = "--no-legend", description = "leave out the legend of ratings and chains")
    private boolean noLegend;

    @Option(names = "--chain", paramLabel = "CHAIN",
            description = "draw only this chain's arrows and fade the other cards (chain name or id)")
    private String onlyChain;

    @Option(names = "--emotion", paramLabel = "CHAIN",
            description = "add the emotion strip of this chain under the map (chain name or id)")
    private String emotionChain;

    /** The options with these flags applied; throws IllegalArgumentException naming a chain the map lacks. */
    PictureOptions apply(PictureOptions options, JourneyMap map) {
        PictureOptions applied = options.withTransparentBackground(transparent).withLegend(!noLegend);
        if (onlyChain != null) {
            applied = applied.withOnlyChain(chainId(map, onlyChain));
        }
        if (emotionChain != null) {
            applied = applied.withEmotionChain(chainId(map, emotionChain));
        }
        return applied;
    }

    /** The id of the chain with this id or, failing that, this name. */
    static String chainId(JourneyMap map, String idOrName) {
        return map.chains().stream().filter(chain -> chain.id().equals(idOrName)).findFirst()
                .or(() -> map.chains().stream().filter(chain -> chain.name().equalsIgnoreCase(idOrName.strip())).findFirst())
                .map(Chain::id)
                .orElseThrow(() -> new IllegalArgumentException("the map has no chain \"" + idOrName + "\""
                        + (map.chains().isEmpty() ? "" : "; its chains are: "
                        + map.chains().stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", ")))));
    }
}
