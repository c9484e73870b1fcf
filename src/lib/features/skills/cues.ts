// Optional cues at each change of step: a soft tone and a short vibration. Both are off unless the client turns
// them on (SkillPrefs), since a sound could embarrass someone in a quiet place. No files are fetched: the tone is
// synthesised, so it works offline and within the Content-Security-Policy.

let audio: AudioContext | undefined;

export const canVibrate = () => typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

export function cue({ sound, vibrate }: { sound: boolean; vibrate: boolean }, pitch = 440): void {
	if (vibrate && canVibrate()) navigator.vibrate(40);
	if (!sound || typeof AudioContext === 'undefined') return;
	try {
		audio ??= new AudioContext();
		const at = audio.currentTime;
		const tone = audio.createOscillator();
		const gain = audio.createGain();
		tone.type = 'sine';
		tone.frequency.value = pitch;
		gain.gain.setValueAtTime(0.0001, at);
		gain.gain.exponentialRampToValueAtTime(0.08, at + 0.04);
		gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
		tone.connect(gain).connect(audio.destination);
		tone.start(at);
		tone.stop(at + 0.55);
	} catch {
		// A cue is a nicety: a browser that refuses audio just stays quiet.
	}
}
