package commands

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// isEntityOption reports whether an option's value names an entity.
func isEntityOption(name string) bool {
	switch name {
	case "who", "name", "first", "second":
		return true
	}
	return false
}

// autocomplete offers up to 25 entities for the option being typed, as the
// answer engine completes them (by prefix of any word, case and diacritics
// folded, then fuzzily).
func (r *Router) autocomplete(ctx context.Context, data discordgo.ApplicationCommandInteractionData) outcome {
	o := outcome{command: "autocomplete", result: OutcomeOK}
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, opt := range data.Options {
		if opt != nil && opt.Focused {
			focused = opt
		}
	}
	if focused == nil || !isEntityOption(focused.Name) {
		o.result = OutcomeInvalid
		o.reply = choices(nil)
		return o
	}
	typed, _ := focused.Value.(string)
	typed = cleanInput(typed)
	// Ask for more than fit, as names too long for a choice are skipped.
	refs := r.answers.Complete(ctx, typed, 2*maxChoices)
	var list []*discordgo.ApplicationCommandOptionChoice
	seen := make(map[string]bool)
	for _, ref := range refs {
		if ref.Name == "" || textLen(ref.Name) > maxChoiceValue || seen[ref.Name] {
			continue
		}
		seen[ref.Name] = true
		label := ref.Name
		if ref.Kind != "" {
			label += " (" + string(ref.Kind) + ")"
		}
		if textLen(label) > maxChoiceName {
			label = truncate(ref.Name, maxChoiceName)
		}
		list = append(list, &discordgo.ApplicationCommandOptionChoice{Name: label, Value: ref.Name})
		if len(list) == maxChoices {
			break
		}
	}
	if len(list) == 0 {
		o.result = OutcomeNotFound
	}
	o.reply = choices(list)
	return o
}

// choices is an autocomplete result; an empty list shows "no options".
func choices(list []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	if list == nil {
		list = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: list},
	}
}
