package com.aobsettlement.web;

import com.aobsettlement.operations.OperatorView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's page at /: server-rendered, refreshing itself (every few seconds while a job runs). */
@Controller
@ConditionalOnWebApplication
class OperatorPage {
    static final int REFRESH_SECONDS = 60;
    static final int REFRESH_SECONDS_RUNNING = 5;
    private final OperatorView view;

    OperatorPage(OperatorView view) {
        this.view = view;
    }

    /** {@code ?date=YYYY-MM-DD} shows that date's figures instead of the last settled date's. */
    @GetMapping("/")
    String page(@RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model) {
        OperatorView.Overview overview = view.overview(Optional.ofNullable(date));
        model.addAttribute("o", overview);
        model.addAttribute("refresh", overview.jobRunning() ? REFRESH_SECONDS_RUNNING : REFRESH_SECONDS);
        model.addAttribute("reports", ReportFiles.PATH);
        return "operator";
    }
}
