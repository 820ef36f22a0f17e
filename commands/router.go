// Package commands turns Discord interactions and mentions into replies: the
// slash commands /ask, /position, /compare, /who, /sources and /help, their
// autocomplete, the "Find sources" message command, the paging buttons,
// messages that mention the bot, and the owners' /reload. Whatever a user
// types is cleaned first (see cleanInput), and a handler that panics is
// answered with an apology while the panic goes to the caller's log. Handlers take a *discordgo.Interaction and
// return a *discordgo.InteractionResponse without touching the network, so
// the gateway and the HTTP endpoint share them and tests run on JSON
// fixtures. Replies show quotes verbatim with their speakers and sources,
// within every Discord limit, and never ping anyone.
package commands

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
)

// Answerer is what the commands need of the answer engine; *answer.Engine
// satisfies it. An *answer.UnknownEntityError means a name nobody knows; any
// other error is internal.
type Answerer interface {
	Ask(ctx context.Context, question string, page answer.Page) (*answer.Answer, error)
	Position(ctx context.Context, who, topic string, page answer.Page) (*answer.Position, error)
	Compare(ctx context.Context, first, second, topic string) (*answer.Comparison, error)
	Who(ctx context.Context, name string) (*answer.Profile, error)
	Sources(ctx context.Context) ([]answer.ArticleInfo, error)
	Complete(ctx context.Context, prefix string, max int) []answer.EntityRef
}

// Observer is told how each interaction or mention went, for metrics.
// command is the command's name ("ask", "position", "autocomplete", "page",
// "find_sources", "mention", …) and outcome one of the Outcome constants.
type Observer interface {
	Observe(command, outcome string, d time.Duration)
}

// The outcomes reported to an Observer.
const (
	OutcomeOK          = "ok"
	OutcomeNotFound    = "not_found"
	OutcomeInvalid     = "invalid"
	OutcomeRateLimited = "rate_limited"
	OutcomeError       = "error"
)

// Options configure a Router. The zero value is ready to use.
type Options struct {
	// Observer, if not nil, is told the outcome of every interaction.
	Observer Observer
	// RateLimit limits how often one user may ask; the zero value means
	// DefaultPerMinute and DefaultBurst.
	RateLimit RateLimit
	// Now returns the current time; nil means time.Now. Tests set it.
	Now func() time.Time
	// DeferAfter is how long Respond waits for an answer before it defers
	// the reply; zero means DefaultDeferAfter.
	DeferAfter time.Duration
	// Owners are the Discord user IDs allowed to run /reload. Discord shows
	// /reload only to members who may manage the server, but server admins
	// can change that, so this list is the real check. Empty means nobody.
	Owners []string
	// Reload reloads the corpus and returns a one-line summary of what is
	// now serving, or why the reload was refused (the last good corpus
	// then goes on serving). Nil means /reload is not available.
	Reload func(ctx context.Context) (summary string, err error)
}

// Limits on what users type.
const (
	// MaxQuestion is the longest question accepted, in characters.
	MaxQuestion = 500
	// maxName is the longest name or topic accepted, in characters.
	maxName = 100
	// positionPageSize is how many statements a page of /position shows.
	positionPageSize = 5
)

// The name of the message command.
const findSourcesName = "Find sources"

// Router answers interactions and mentions with the help of an Answerer.
// It is safe for concurrent use.
type Router struct {
	answers    Answerer
	observer   Observer
	now        func() time.Time
	limiter    *userLimiter
	deferAfter time.Duration
	owners     map[string]bool
	reloader   func(ctx context.Context) (string, error)
	commands   map[discordgo.ApplicationCommandType]map[string]handler
}

// NewRouter returns a Router that answers with a.
func NewRouter(a Answerer, opts Options) *Router {
	r := &Router{answers: a, observer: opts.Observer, now: opts.Now, deferAfter: opts.DeferAfter, reloader: opts.Reload, owners: make(map[string]bool)}
	for _, id := range opts.Owners {
		if id = strings.TrimSpace(id); id != "" {
			r.owners[id] = true
		}
	}
	if r.now == nil {
		r.now = time.Now
	}
	if r.deferAfter <= 0 {
		r.deferAfter = DefaultDeferAfter
	}
	rl := opts.RateLimit
	if rl == (RateLimit{}) {
		rl = RateLimit{PerMinute: DefaultPerMinute, Burst: DefaultBurst}
	}
	r.limiter = newUserLimiter(rl, r.now)
	r.commands = r.handlers()
	return r
}

// outcome is how a handler went, with the reply to send.
type outcome struct {
	command string
	result  string
	reply   *discordgo.InteractionResponse
}

// Handle answers one interaction. It never panics on unexpected input: an
// interaction of a type or command it does not know, or a button it did not
// make, gets an ephemeral explanation. It returns an error only when the
// answer engine fails, ctx ends or a handler panics (the panic is recovered
// and returned as a *PanicError, wrapped with the command's name and the
// interaction's ID); the caller then logs the error and sends
// InternalErrorResponse.
func (r *Router) Handle(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse, err error) {
	if i == nil {
		return nil, errors.New("handle interaction: nil interaction")
	}
	start := r.now()
	defer func() {
		if p := recover(); p != nil {
			name := CommandName(i)
			r.observe(name, OutcomeError, r.now().Sub(start))
			resp, err = nil, fmt.Errorf("handle %s interaction %s: %w", name, i.ID, newPanicError(p))
		}
	}()
	o, err := r.dispatch(ctx, i)
	if err != nil {
		o.result = OutcomeError
	}
	r.observe(o.command, o.result, r.now().Sub(start))
	if err != nil {
		return nil, fmt.Errorf("handle %s interaction %s: %w", o.command, i.ID, err)
	}
	return o.reply, nil
}

func (r *Router) observe(command, result string, d time.Duration) {
	if r.observer != nil {
		r.observer.Observe(command, result, d)
	}
}

// dispatch switches on the interaction's type first, and reads its data by
// type assertion, so that no data accessor can panic.
func (r *Router) dispatch(ctx context.Context, i *discordgo.Interaction) (outcome, error) {
	switch i.Type {
	case discordgo.InteractionPing:
		return outcome{command: "ping", result: OutcomeOK, reply: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}}, nil
	case discordgo.InteractionApplicationCommand:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return invalid("unknown", "This command came without its data; please try again."), nil
		}
		return r.command(ctx, i, data)
	case discordgo.InteractionApplicationCommandAutocomplete:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return outcome{command: "autocomplete", result: OutcomeInvalid, reply: choices(nil)}, nil
		}
		return r.autocomplete(ctx, data), nil
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return invalid("page", "This button came without its data; please try again."), nil
		}
		return r.page(ctx, i, data)
	default:
		return invalid("unknown", "I don't handle this kind of interaction. Type /help to see what I can do."), nil
	}
}

// CommandName names what an interaction asks for, for logs: the command's
// name ("ask", "Find sources", "reload"), "autocomplete", "page" for a
// button, "ping", or "unknown". It never panics.
func CommandName(i *discordgo.Interaction) string {
	if i == nil {
		return "unknown"
	}
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return "autocomplete"
		}
		if d.Name != "" {
			return d.Name
		}
	case discordgo.MessageComponentInteractionData:
		if i.Type == discordgo.InteractionMessageComponent {
			return "page"
		}
	}
	if i.Type == discordgo.InteractionPing {
		return "ping"
	}
	return "unknown"
}

// PanicError is a panic recovered while answering: the panic's value, and
// the stack where it happened, for the log. Users never see either.
type PanicError struct {
	Value any
	Stack []byte
}

func newPanicError(p any) *PanicError {
	return &PanicError{Value: p, Stack: debug.Stack()}
}

// Error says what panicked, without the stack.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Unwrap returns the panic's value when it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// ErrorAttrs are the slog attributes to log a failed answer with: the error,
// and the stack when it holds a *PanicError.
func ErrorAttrs(err error) []any {
	attrs := []any{"err", err}
	var p *PanicError
	if errors.As(err, &p) {
		attrs = append(attrs, "stack", string(p.Stack))
	}
	return attrs
}

// invalid is an ephemeral refusal.
func invalid(command, text string) outcome {
	return outcome{command: command, result: OutcomeInvalid, reply: respond(notice(text, true))}
}

// handler runs one command on its options and returns the reply with its
// outcome.
type handler struct {
	// observed is the name reported to the Observer.
	observed string
	// limited says whether the command costs a rate limit token.
	limited bool
	run     func(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) (message, string, error)
	// private says the reply is for its user only, deferred or not.
	private bool
	// timeout bounds the work; zero means answerTimeout.
	timeout time.Duration
}

// handlers maps each command to its handler, by command type and name.
func (r *Router) handlers() map[discordgo.ApplicationCommandType]map[string]handler {
	opt := optionString
	return map[discordgo.ApplicationCommandType]map[string]handler{
		discordgo.ChatApplicationCommand: {
			"ask": {observed: "ask", limited: true, run: func(ctx context.Context, _ *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return r.ask(ctx, opt(d.Options, "question"), 0)
			}},
			"position": {observed: "position", limited: true, run: func(ctx context.Context, _ *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return r.position(ctx, opt(d.Options, "who"), opt(d.Options, "topic"), 0)
			}},
			"compare": {observed: "compare", limited: true, run: func(ctx context.Context, _ *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return r.compare(ctx, opt(d.Options, "first"), opt(d.Options, "second"), opt(d.Options, "topic"))
			}},
			"who": {observed: "who", limited: true, run: func(ctx context.Context, _ *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return r.who(ctx, opt(d.Options, "name"))
			}},
			"sources": {observed: "sources", limited: true, run: func(ctx context.Context, _ *discordgo.Interaction, _ discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return r.sources(ctx)
			}},
			"help": {observed: "help", run: func(context.Context, *discordgo.Interaction, discordgo.ApplicationCommandInteractionData) (message, string, error) {
				return renderHelp(), OutcomeOK, nil
			}},
			reloadName: {observed: "reload", run: r.reload, private: true, timeout: reloadTimeout},
		},
		discordgo.MessageApplicationCommand: {
			findSourcesName: {observed: "find_sources", limited: true, run: r.findSources},
		},
	}
}

// command runs a slash or message command.
func (r *Router) command(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) (outcome, error) {
	h, ok := r.commands[data.CommandType][data.Name]
	if !ok {
		return invalid("unknown", "I don't know this command. Type /help to see what I can do."), nil
	}
	if h.limited {
		if o, limited := r.rateLimited(h.observed, userID(i)); limited {
			return o, nil
		}
	}
	m, res, err := h.run(ctx, i, data)
	if err != nil {
		return outcome{command: h.observed}, err
	}
	return outcome{command: h.observed, result: res, reply: respond(m)}, nil
}

// rateLimited takes a token for user and, when there is none, returns the
// ephemeral refusal.
func (r *Router) rateLimited(command, user string) (outcome, bool) {
	ok, wait := r.limiter.allow(user)
	if ok {
		return outcome{}, false
	}
	return outcome{command: command, result: OutcomeRateLimited, reply: respond(notice(slowDown(wait)+" and try again.", true))}, true
}

// slowDown tells a rate-limited user how long to wait, in whole seconds.
func slowDown(wait time.Duration) string {
	secs := max(int(wait.Round(time.Second)/time.Second), 1)
	return fmt.Sprintf("You're asking faster than I can answer. Please wait %d seconds", secs)
}

// userID returns the ID of the user behind an interaction, in a guild or a DM.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// handlerFor returns the handler of a command interaction.
func (r *Router) handlerFor(i *discordgo.Interaction) (handler, bool) {
	if i.Type != discordgo.InteractionApplicationCommand {
		return handler{}, false
	}
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return handler{}, false
	}
	h, ok := r.commands[data.CommandType][data.Name]
	return h, ok
}

// optionString returns the string value of the named option, cleaned by
// cleanInput, or "" when it is missing or not a string.
func optionString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o != nil && o.Name == name {
			if s, ok := o.Value.(string); ok {
				return cleanInput(s)
			}
		}
	}
	return ""
}

// checkQuestion returns a refusal for an empty or over-long question.
func checkQuestion(q string) (message, bool) {
	if q == "" {
		return notice("Please type a question, for example: /ask question: What did China say about the use of force?", true), false
	}
	if n := utf8.RuneCountInString(q); n > MaxQuestion {
		return notice(fmt.Sprintf("Your question is %d characters long; please keep it under %d.", n, MaxQuestion), true), false
	}
	return message{}, true
}

// checkName returns a refusal for an empty or over-long name or topic.
func checkName(what, s string, required bool) (message, bool) {
	if s == "" && required {
		return notice(fmt.Sprintf("Please give a %s: a country, organisation or person, for example Turkey or Abbas Araghchi.", what), true), false
	}
	if n := utf8.RuneCountInString(s); n > maxName {
		return notice(fmt.Sprintf("The %s is %d characters long; please keep it under %d.", what, n, maxName), true), false
	}
	return message{}, true
}

func (r *Router) ask(ctx context.Context, question string, offset int) (message, string, error) {
	if m, ok := checkQuestion(question); !ok {
		return m, OutcomeInvalid, nil
	}
	a, err := r.answers.Ask(ctx, question, answer.Page{Offset: offset, Limit: answer.DefaultLimit})
	if m, res, handled := unknownEntity(err); handled {
		return m, res, nil
	}
	if err != nil {
		return message{}, "", fmt.Errorf("ask %q: %w", question, err)
	}
	if a.Question == "" {
		a.Question = question
	}
	res := OutcomeOK
	if len(a.Results) == 0 {
		res = OutcomeNotFound
	}
	return renderAnswer(a), res, nil
}

func (r *Router) position(ctx context.Context, who, topic string, offset int) (message, string, error) {
	if m, ok := checkName("name", who, true); !ok {
		return m, OutcomeInvalid, nil
	}
	if m, ok := checkName("topic", topic, false); !ok {
		return m, OutcomeInvalid, nil
	}
	p, err := r.answers.Position(ctx, who, topic, answer.Page{Offset: offset, Limit: positionPageSize})
	if m, res, handled := unknownEntity(err); handled {
		return m, res, nil
	}
	if err != nil {
		return message{}, "", fmt.Errorf("position of %q: %w", who, err)
	}
	if p.Topic == "" {
		p.Topic = topic
	}
	res := OutcomeOK
	if len(p.Statements) == 0 {
		res = OutcomeNotFound
	}
	return renderPosition(p, positionPageSize), res, nil
}

func (r *Router) compare(ctx context.Context, first, second, topic string) (message, string, error) {
	for _, c := range []struct{ what, s string }{{"first name", first}, {"second name", second}} {
		if m, ok := checkName(c.what, c.s, true); !ok {
			return m, OutcomeInvalid, nil
		}
	}
	if m, ok := checkName("topic", topic, false); !ok {
		return m, OutcomeInvalid, nil
	}
	c, err := r.answers.Compare(ctx, first, second, topic)
	if m, res, handled := unknownEntity(err); handled {
		return m, res, nil
	}
	if err != nil {
		return message{}, "", fmt.Errorf("compare %q and %q: %w", first, second, err)
	}
	res := OutcomeOK
	if len(c.First.Statements)+len(c.Second.Statements) == 0 {
		res = OutcomeNotFound
	}
	return renderComparison(c, topic), res, nil
}

func (r *Router) who(ctx context.Context, name string) (message, string, error) {
	if m, ok := checkName("name", name, true); !ok {
		return m, OutcomeInvalid, nil
	}
	p, err := r.answers.Who(ctx, name)
	if m, res, handled := unknownEntity(err); handled {
		return m, res, nil
	}
	if err != nil {
		return message{}, "", fmt.Errorf("who is %q: %w", name, err)
	}
	return renderProfile(p), OutcomeOK, nil
}

func (r *Router) sources(ctx context.Context) (message, string, error) {
	arts, err := r.answers.Sources(ctx)
	if err != nil {
		return message{}, "", fmt.Errorf("list sources: %w", err)
	}
	return renderSources(arts), OutcomeOK, nil
}

// findSources looks up the text of the message a "Find sources" command
// was used on.
func (r *Router) findSources(ctx context.Context, _ *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) (message, string, error) {
	var target *discordgo.Message
	if data.Resolved != nil {
		target = data.Resolved.Messages[data.TargetID]
	}
	if target == nil {
		return notice("I could not read that message. Please try again.", true), OutcomeInvalid, nil
	}
	text := plainText(target.Content)
	if text == "" {
		return notice("That message has no text to look up.", true), OutcomeInvalid, nil
	}
	if utf8.RuneCountInString(text) > MaxQuestion {
		// Look up the words that fit, cut at a sentence or word boundary.
		if cut := fitPrefix(text, MaxQuestion, func(p string) string { return p }); cut != "" {
			text = cut
		} else {
			text = string([]rune(text)[:MaxQuestion])
		}
	}
	return r.ask(ctx, text, 0)
}

// unknownEntity turns an *answer.UnknownEntityError into an ephemeral
// refusal with its suggestions.
func unknownEntity(err error) (message, string, bool) {
	var unknown *answer.UnknownEntityError
	if !errors.As(err, &unknown) {
		return message{}, "", false
	}
	text := "I don't know a country, organisation or person called “" + escapeMarkdown(truncate(unknown.Name, maxName)) + "”."
	if len(unknown.Suggestions) > 0 {
		s := unknown.Suggestions
		if len(s) > 5 {
			s = s[:5]
		}
		text += " Did you mean " + escapeMarkdown(strings.Join(s, ", ")) + "?"
	}
	text += " Pick a name from the suggestions as you type, or use /sources to see what the articles cover."
	return notice(text, true), OutcomeNotFound, true
}

// respond wraps a message as a reply to a command.
func respond(m message) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: responseData(m)}
}

// responseData converts a message to interaction response data, with no
// mention allowed.
func responseData(m message) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Content:         m.content,
		Embeds:          m.embeds,
		Components:      m.components,
		AllowedMentions: noMentions(),
	}
	if d.Embeds == nil {
		d.Embeds = []*discordgo.MessageEmbed{}
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	if m.ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// internalError is the apology for a failed answer, to a command or a mention.
const internalError = "Something went wrong on my side while looking this up. Please try again in a minute."

// InternalErrorResponse is the ephemeral reply to send when Handle returns
// an error.
func InternalErrorResponse() *discordgo.InteractionResponse {
	return respond(notice(internalError, true))
}
