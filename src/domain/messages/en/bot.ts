// The chat around an answer, in English: welcome, subscriptions, /hapusdata.
// Written without <, > and &; arguments (names, typed text) arrive escaped.

import { html, joinHtml } from "../../html.ts";
import type { BotTexts } from "../bot-texts.ts";

export const enBot: BotTexts = {
  welcome: html`Hello! I am Tanya Adminduk. I answer questions about population-administration data (e-KTP, KIA, IKD) by region.\n\nType your question, or pick one of the examples below. Full guide: /help`,
  textOnly: html`I only read text messages: photos, stickers, voice messages and files are not read. Type your question, for example: IKD in Berau. Guide: /help`,
  telegramOnly: (command) =>
    html`/${command} works on Telegram only, not in this terminal chat: subscriptions and personal data belong to a Telegram chat. Here you can ask anything about the data, for example: IKD in Berau. Guide: /help`,
  apology: html`Sorry, something went wrong while answering. Please try again shortly.`,
  slowDown: html`Too many messages at once. Please wait a moment, then ask again.`,
  staleButton: "This button has expired. Please ask again.",
  ranking: "Ranking",
  overview: "« Overview",
  allIndicators: "« All indicators",
  allRegions: "« All regions",
  stopNews: html`Stop these updates: /unsubscribe`,
  subscription: {
    about: (indicator, region) =>
      html`${indicator ? html` about ${indicator}` : ""}${region ? html` in ${region}` : ""}`,
    subscribed: (about) =>
      html`Subscribed. This chat will get news of every new data release${about}, and of corrections.\n\nChoose what you get: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    current: (about) =>
      html`This chat gets news of new data releases${about}.\n\nChange it: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    unsubscribed: html`Unsubscribed: no more release news. Subscribe again: /subscribe`,
    notSubscribed: html`This chat is not subscribed. Subscribe: /subscribe`,
    groupAdminsOnly: html`Sorry, only the group's admins can manage its subscription.`,
    unknownFilter: (typed) =>
      html`I do not know “${typed}” as a region or an indicator. For example: /subscribe berau, /subscribe ikd, /subscribe ikd berau.`,
    channelUsage: html`Make the bot an admin of your channel (allowed to post messages), then write: /subscribe_channel @channelname (a choice may follow, e.g. /subscribe_channel @channelname ikd).`,
    channelNotFound: (channel) =>
      html`I cannot find the channel ${channel}. Make the bot an admin there first, then try again.`,
    channelAdminsOnly: (channel) => html`Sorry, only the admins of ${channel} can register it.`,
    channelCannotPost: (channel) =>
      html`I may not post in ${channel} yet: make the bot a channel admin allowed to post messages, then try again.`,
    channelSubscribed: (channel, about) =>
      html`The channel ${channel} gets news of new data releases${about}. To stop, remove the bot from the channel.`,
  },
  forget: {
    prompt: html`About you, this bot stores: this chat's subscription (if any) with the news waiting for or sent to this chat, data imports you have not confirmed (data admins only), and your id as the one who subscribed a group or channel. Your questions are not stored.\n\nDelete all of it? Group and channel subscriptions keep running (they belong to the chat), only without your id.`,
    button: "Delete my data",
    done: (f) =>
      joinHtml(
        [
          html`Done. Deleted: ${f.subscription ? html`this chat's subscription` : html`no subscription`}, ${f.deliveries} news records, ${f.pendingImports} pending imports, your id from ${f.subscribedChats} group/channel subscriptions and from ${f.deliveryReports} delivery reports.`,
          ...(f.editor
            ? [
                html`Kept: you are a data editor, an access the bot's owner granted; the owner removes it with /editor_remove.`,
              ]
            : []),
          ...(f.adminWrites
            ? [
                html`Kept: the changes to public data (and the sources to watch) you made as an admin, as the audit trail of who changed what.`,
              ]
            : []),
        ],
        "\n\n",
      ),
    privateOnly: html`Personal data is deleted in a private chat with the bot: send /deletedata there. This group's subscription is managed by its admins with /unsubscribe.`,
  },
};
