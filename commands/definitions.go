package commands

import "github.com/bwmarrin/discordgo"

// Commands returns the definitions of the bot's commands, to register with
// ApplicationCommandBulkOverwrite: the slash commands and the "Find sources"
// message command, which may be used in guilds and in DMs, and the admin
// command /reload, which only members who may manage a server see, in that
// server only (the Router still checks Options.Owners).
func Commands() []*discordgo.ApplicationCommand {
	manageServer := int64(discordgo.PermissionManageServer)
	noDM := false
	minOne := 1
	contexts := func() *[]discordgo.InteractionContextType {
		return &[]discordgo.InteractionContextType{
			discordgo.InteractionContextGuild,
			discordgo.InteractionContextBotDM,
		}
	}
	text := func(name, description string, required, autocomplete bool, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         name,
			Description:  description,
			Required:     required,
			Autocomplete: autocomplete,
			MinLength:    &minOne,
			MaxLength:    maxLen,
		}
	}
	topic := text("topic", "Only statements about this, e.g. airspace, sanctions, the use of force", false, false, maxName)
	chat := func(name, description string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
		return &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        name,
			Description: description,
			Contexts:    contexts(),
			Options:     opts,
		}
	}
	return []*discordgo.ApplicationCommand{
		chat("ask", "Ask a question; get verbatim quotes with who said them and where",
			text("question", "Your question, e.g. What did China say about the use of force?", true, false, MaxQuestion)),
		chat("position", "What a country, organisation or person has said",
			text("who", "A country, organisation or person, e.g. Turkey or Abbas Araghchi", true, true, maxName),
			topic),
		chat("compare", "Two positions side by side",
			text("first", "A country, organisation or person", true, true, maxName),
			text("second", "Another country, organisation or person", true, true, maxName),
			topic),
		chat("who", "Who someone is and where they are quoted",
			text("name", "A person, country or organisation", true, true, maxName)),
		chat("sources", "The articles the answers come from"),
		chat("help", "What this bot does and how to use it"),
		{
			Type:                     discordgo.ChatApplicationCommand,
			Name:                     reloadName,
			Description:              "Reload the articles and rebuild the index (bot owners only)",
			DefaultMemberPermissions: &manageServer,
			DMPermission:             &noDM,
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		},
		{
			Type:     discordgo.MessageApplicationCommand,
			Name:     findSourcesName,
			Contexts: contexts(),
		},
	}
}
