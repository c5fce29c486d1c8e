package dev.switchboard.channels;

/** The platforms a channel can connect. */
public enum ChannelType {
    telegram, whatsapp, vk, instagram, facebook, email, widget, api
}
