/**
 * Informal carers (F15): the supporter registers the mantelzorgers of her villages — a resident she
 * knows or just a name — with whom they care for, how heavy it is, what support was offered and
 * whether she referred them to the local carer support (mantelzorgondersteuning). Once a year the
 * municipality thanks its carers (mantelzorgwaardering): the supporter registers a carer for that
 * year with the carer's consent to share her name and postal address, and the municipal
 * administrator reads and exports that list, and nothing else of the register. Every read and
 * change of a carer's data is audited; her data is encrypted at rest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Informal carers and carer appreciation")
package nl.naober.platform.carers;
