import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_BUZZ, type BuzzSettings } from '@/utils/alerts/bad-buzz';
import { buzzSettingsItem } from '@/utils/alerts/storage-items';
import { t, type MessageKey } from '@/utils/i18n/t';

const FIELDS: Array<[keyof Omit<BuzzSettings, 'enabled'>, MessageKey, number, number]> = [
  ['windowMinutes', 'buzzWindow', 5, 24 * 60],
  ['baselineHours', 'buzzBaseline', 1, 24 * 7],
  ['ratio', 'buzzRatio', 1, 100],
  ['floor', 'buzzFloor', 2, 10_000],
];

/** The bad-buzz thresholds: saved as typed when in range, ignored otherwise. */
export function BuzzSettingsSection() {
  const [settings, setSettings] = useState<BuzzSettings>(DEFAULT_BUZZ);
  useEffect(() => void buzzSettingsItem.getValue().then(setSettings), []);
  const save = (next: BuzzSettings) => {
    setSettings(next);
    void buzzSettingsItem.setValue(next);
  };
  return (
    <section>
      <h2>{t('buzzSettingsTitle')}</h2>
      <label>
        <input type="checkbox" data-testid="buzz-enabled" checked={settings.enabled} onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })} />{' '}
        {t('buzzEnabled')}
      </label>
      <div class="buzz-fields">
        {FIELDS.map(([key, label, min, max]) => (
          <label key={key}>
            {t(label)}{' '}
            <input
              type="number"
              data-testid={`buzz-${key}`}
              min={min}
              max={max}
              value={settings[key]}
              onChange={(e) => {
                const value = Number(e.currentTarget.value);
                if (Number.isFinite(value) && value >= min && value <= max) save({ ...settings, [key]: value });
              }}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
