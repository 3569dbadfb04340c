package org.touchmap.ui.properties;

import java.util.List;

import org.touchmap.edit.ChainProperties;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/** A chain: its name, colour, description and the chain that follows it ("final chord"). */
final class ChainForm extends Form {

    ChainForm(PanelText text) {
        super(text);
        FormSection basics = section("section.chain");
        textField(basics, "chain.name", EditedValues.chain(ChainProperties.NAME));
        ColorEditor color = add(new ColorEditor(scope, EditedValues.chain(ChainProperties.COLOR), false, text));
        color.picker().setId(id("chain.color"));
        basics.field(text.get("chain.color"), color.node());
        textArea(basics, "chain.description", EditedValues.chain(ChainProperties.DESCRIPTION));

        ChoiceEditor<String> next = add(new ChoiceEditor<>(scope, EditedValues.chain(ChainProperties.NEXT_CHAIN),
                this::otherChainIds, this::chainName, text.get("chain.next.none"), text));
        next.control().setId(id("chain.next"));
        basics.field(text.get("chain.next"), next.control());
    }

    @Override
    String title() {
        return text.get("title.chain");
    }

    @Override
    String icon() {
        return "mdi2v-vector-polyline";
    }

    @Override
    String subtitle() {
        if (!scope.hasDocument() || ids().isEmpty()) {
            return "";
        }
        return scope.map().findChain(ids().get(0)).map(chain -> text.get("subtitle.chain", chain.linkCount()))
                .orElse("");
    }

    private List<String> otherChainIds() {
        if (!scope.hasDocument()) {
            return List.of();
        }
        return scope.map().chains().stream().map(Chain::id).filter(id -> !ids().contains(id)).toList();
    }

    private String chainName(String chainId) {
        JourneyMap map = scope.map();
        return map.findChain(chainId).map(Chain::name).filter(name -> !name.isBlank()).orElse(chainId);
    }
}
