package org.reportcycle.publication;

import jakarta.servlet.http.HttpServletRequest;
import org.reportcycle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** What every portal page shares: its texts in the asked language ({@code t}) and the "not found" page. */
@ControllerAdvice(
        assignableTypes = {PublicPortalController.class, PortalDirectoryController.class, DocumentCheckController.class
        })
class PortalAdvice {

    private final MessageSource messages;

    PortalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("t")
    PortalView view(@RequestParam(name = "lang", required = false) String lang) {
        return PortalView.of(lang, messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        ModelAndView mv = new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
        mv.addObject("t", PortalView.of(request.getParameter("lang"), messages));
        mv.addObject("path", "/public");
        return mv;
    }
}
