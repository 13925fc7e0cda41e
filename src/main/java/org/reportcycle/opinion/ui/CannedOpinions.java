package org.reportcycle.opinion.ui;

import java.util.List;
import org.reportcycle.opinion.CannedOpinionService;
import org.reportcycle.ui.OpinionSuggestions;
import org.springframework.stereotype.Component;

/** Supplies the opinion fields of the step dialogs with the signed-in person's standard opinions. */
@Component
class CannedOpinions implements OpinionSuggestions {

    private final CannedOpinionService opinions;

    CannedOpinions(CannedOpinionService opinions) {
        this.opinions = opinions;
    }

    @Override
    public List<String> mine() {
        return opinions.mine();
    }
}
