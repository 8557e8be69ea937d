namespace Humanitarian.Beneficiaries.Domain;

/// <summary>
/// A set of enum members kept as one integer column, a bit per member's ordinal (an address's categories
/// and needs, a sponsorship's needs): filtered in SQL with <c>&amp;</c>, read back as a list.
/// </summary>
public static class EnumBits
{
    public static int Bit<TEnum>(TEnum member) where TEnum : struct, Enum => 1 << Convert.ToInt32(member);

    public static int Of<TEnum>(IEnumerable<TEnum> members) where TEnum : struct, Enum =>
        members.Aggregate(0, (bits, member) => bits | Bit(member));

    /// <returns>The members in <paramref name="bits"/>, in declaration order.</returns>
    public static IReadOnlyList<TEnum> List<TEnum>(int bits) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(member => (bits & Bit(member)) != 0).ToList();
}
