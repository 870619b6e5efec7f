namespace RuLatAm.Claims.Linking;

/// <summary>The gender the catalogue records for a person, which "he" and "she" must agree with.</summary>
internal enum PersonGender
{
    Female,
    Male,
}
