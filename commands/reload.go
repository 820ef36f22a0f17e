package commands

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// reloadName is the name of the admin command that reloads the corpus.
const reloadName = "reload"

// reloadTimeout bounds a reload: building the index of a large corpus may
// take minutes, and an interaction's token lasts fifteen.
const reloadTimeout = 10 * time.Minute

// The replies of /reload.
const (
	reloadNotOwner = "Only the bot's owners can reload the corpus."
	reloadNotGuild = "Use /reload in a server channel, not in a direct message."
	reloadOff      = "Reloading is not set up on this bot."
	reloadDone     = "Corpus reloaded: "
	reloadRefused  = "Reload refused; the last good corpus is still serving.\n"
)

// reload reloads the corpus for an owner, in a server, and says how it
// went, to that owner only. Everyone else gets an ephemeral refusal.
func (r *Router) reload(ctx context.Context, i *discordgo.Interaction, _ discordgo.ApplicationCommandInteractionData) (message, string, error) {
	if !r.owners[userID(i)] {
		return notice(reloadNotOwner, true), OutcomeInvalid, nil
	}
	if i.GuildID == "" || i.Member == nil {
		return notice(reloadNotGuild, true), OutcomeInvalid, nil
	}
	if r.reloader == nil {
		return notice(reloadOff, true), OutcomeInvalid, nil
	}
	summary, err := r.reloader(ctx)
	if err != nil {
		// An owner needs the details (the files and lines at fault); they
		// are shown to no one else.
		return notice(reloadRefused+escapeMarkdown(err.Error()), true), OutcomeError, nil
	}
	return notice(reloadDone+escapeMarkdown(summary), true), OutcomeOK, nil
}
