package org.touchmap.ui.voting;

import org.touchmap.ui.i18n.BundleText;

/** The dot vote's user-visible strings, from the {@code voting} bundle (en, ru, sr). */
final class VotingText extends BundleText {
    private static final String BUNDLE = "org.touchmap.ui.voting.voting";

    private VotingText() {
        super(BUNDLE, org.touchmap.ui.i18n.Messages.locale());
    }

    static VotingText current() {
        return new VotingText();
    }
}
