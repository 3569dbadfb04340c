package org.touchmap.model;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class ChannelGuessTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Website: menu and prices | web-page",
            "Card payment | payment",
            "Loyalty stamp card | loyalty-programme",
            "Instagram post | social-post",
            "Our Instagram | social-page",
            "Booking by phone | phone-call",
            "Question in the site chat | online-chat",
            "Delivery by courier | delivery",
            "Reviews on Google Maps | third-party-reviews",
            "WhatsApp reminder | messenger",
            "Call-back request | callback-request",
            "Flyers at the bus stop | printed-materials"})
    void englishNamesGetTheirChannel(String name, String channel) {
        assertEquals(Optional.of(channel), ChannelGuess.of(name).map(Channel::id));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Сайт: меню и цены | web-page",
            "Страница на сайте клиники | web-page",
            "Звонок администратору | phone-call",
            "Оплата картой | payment",
            "Карта лояльности | loyalty-programme",
            "Пост в Инстаграме | social-post",
            "Заказ обратного звонка | callback-request",
            "Отзывы на Яндекс Картах | third-party-reviews",
            "Рассылка по e-mail | email-newsletter",
            "Доставка курьером | delivery",
            "Жалоба на очередь | support-complaint"})
    void russianNamesGetTheirChannelInAnyForm(String name, String channel) {
        assertEquals(Optional.of(channel), ChannelGuess.of(name).map(Channel::id));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Сајт: мени и цене | web-page",
            "Плаћање картицом | payment",
            "Картица лојалности | loyalty-programme",
            "Објава на Инстаграму | social-post",
            "Телефонски позив | phone-call",
            "Достава на кућну адресу | delivery",
            "Рекламација | support-complaint",
            "Poziv na recepciju | reception-desk"})
    void serbianNamesGetTheirChannelInCyrillicAndLatin(String name, String channel) {
        assertEquals(Optional.of(channel), ChannelGuess.of(name).map(Channel::id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Fresh croissants", "Постоянный клиент", "Информация", "Утро", "''"})
    void aNameThatNamesNoChannelHasNoGuess(String name) {
        assertEquals(Optional.empty(), ChannelGuess.of(name));
    }

    @Test
    void aNameNamesEveryChannelItMentionsNotOnlyTheOneThatWins() {
        assertTrue(ChannelGuess.names("Instagram post", "social-page"));
        assertTrue(ChannelGuess.names("Instagram post", "social-post"));
        assertFalse(ChannelGuess.names("Instagram post", "payment"));
        assertFalse(ChannelGuess.names(null, "payment"));
    }
}
