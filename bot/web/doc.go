// Package web is the supervisor's desk: server-rendered pages (html/template,
// no JavaScript) that a supervisor opens from the chat with /web. The chat
// answers with a one-time link; opening it starts a browser session for
// that person, with the same units and role as in the chat, until the end
// of a working day or /web thoat. There are no passwords.
//
// Pages: a period's overview (who has reported, on time or late, who has a
// draft, who has not started, which units have no officer), the table of
// figures (the digest's and the export's numbers, computed by the same
// flows code), a unit's page (standing, versions, answers), downloads and
// charts. Every page checks the person's access to the unit it shows with
// the chat's access rule, and every change (a reminder, signing out,
// switching language) is a POST carrying the session's CSRF token from an
// allowed Origin, after a confirmation page.
//
// Handler is an http.Handler for the paths under /web/, mounted on the
// HTTP server of `baocao serve --listen`.
package web
